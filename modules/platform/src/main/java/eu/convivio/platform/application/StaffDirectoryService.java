package eu.convivio.platform.application;

import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts for reading by other modules. */
@ApplicationScoped
public class StaffDirectoryService implements StaffDirectory {

    @PersistenceContext
    private EntityManager em;

    protected StaffDirectoryService() {
    }

    /** For tests without CDI. */
    StaffDirectoryService(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<StaffMember> member(UUID accountId) {
        return Optional.ofNullable(accountId == null ? null : em.find(Account.class, accountId)).map(StaffDirectoryService::view);
    }

    @Override
    public Map<UUID, StaffMember> members(Collection<UUID> accountIds) {
        Map<UUID, StaffMember> found = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", List.copyOf(accountIds))
                .getResultStream()
                .forEach(a -> found.put(a.getId(), view(a)));
        return found;
    }

    @Override
    public List<StaffMember> holders(UUID municipalityId, Role role) {
        return em.createQuery("SELECT DISTINCT m.account FROM Membership m WHERE m.municipalityId = :m AND m.role = :role", Account.class)
                .setParameter("m", municipalityId)
                .setParameter("role", role)
                .getResultStream()
                .filter(Account::isActive)
                .map(StaffDirectoryService::view)
                .sorted(java.util.Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    private static StaffMember view(Account a) {
        return new StaffMember(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPreferredLanguage(),
                a.isActive(), a.getMemberships().stream().map(Membership::view).toList());
    }
}
