package eu.convivio.platform.application;

import eu.convivio.platform.api.AuditJournal;
import eu.convivio.platform.api.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Set;

/**
 * Audit entries for bulk changes, on the persistence context's connection: the entry commits or
 * rolls back with the change it describes (MANDATORY: there is always such a transaction).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditJournalEntries implements AuditJournal {

    private static final Set<String> ACTIONS = Set.of("CREATE", "UPDATE", "DELETE");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser user;

    @Override
    public void record(String action, String entityType, String entityId, String changes) {
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("no audit action " + action);
        }
        em.createNativeQuery("INSERT INTO platform.audit_entry (actor, action, entity_type, entity_id, changes)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb))")
                .setParameter(1, user.isAuthenticated() ? user.username() : "system")
                .setParameter(2, action)
                .setParameter(3, entityType)
                .setParameter(4, entityId)
                .setParameter(5, changes)
                .executeUpdate();
    }
}
