package eu.convivio.platform.application;

import eu.convivio.platform.api.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/** A municipality's staff by department for other modules; no access check: callers decide who is shown what. */
@ApplicationScoped
public class AccountContacts implements Accounts {

    @PersistenceContext
    private EntityManager em;

    public AccountContacts() {
    }

    /** For persistence tests. */
    public AccountContacts(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<StaffMember> staff(UUID municipalityId) {
        // one row per person: a person with several memberships counts in the first department named
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id::text, a.display_name, min(m.department_id::text)
                FROM platform.account a JOIN platform.membership m ON m.account_id = a.id
                WHERE m.municipality_id = ?1 AND a.active
                GROUP BY a.id, a.display_name ORDER BY a.display_name, a.id""")
                .setParameter(1, municipalityId).getResultList();
        return rows.stream().map(r -> new StaffMember(UUID.fromString((String) r[0]), (String) r[1],
                r[2] == null ? null : UUID.fromString((String) r[2]))).toList();
    }
}
