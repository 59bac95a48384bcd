package eu.convivio.platform.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reading the audit log. Platform administrators read all of it; municipal administrators read
 * the entries of their municipalities.
 */
@ApplicationScoped
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    /** Filters; every one may be null. */
    public record Filter(String actor, String entityType, String entityId, UUID municipalityId,
                         Instant from, Instant to) {
    }

    public record Page(List<AuditEntry> entries, long total, int page, int size) {
    }

    public Page search(Filter filter, int page, int size) {
        access.requireSignedIn();
        if (page < 0) {
            throw new Problem.Invalid("page", "Pages count from 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem.Invalid("size", "Between 1 and " + MAX_PAGE_SIZE + ".");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!user.isPlatformAdmin()) {
            Set<UUID> mine = user.municipalities(Role.MUNICIPAL_ADMIN);
            if (mine.isEmpty()) {
                throw new Problem.Forbidden("Only administrators read the audit log.");
            }
            if (filter.municipalityId() != null) {
                access.require(filter.municipalityId(), Role.MUNICIPAL_ADMIN);
            }
            where.append(" AND e.municipalityId IN :mine");
            params.put("mine", new ArrayList<>(mine));
        }
        add(where, params, "e.actor = :actor", "actor", blankToNull(filter.actor()));
        add(where, params, "e.entityType = :type", "type", blankToNull(filter.entityType()));
        add(where, params, "e.entityId = :id", "id", blankToNull(filter.entityId()));
        add(where, params, "e.municipalityId = :m", "m", filter.municipalityId());
        add(where, params, "e.occurredAt >= :from", "from", filter.from());
        add(where, params, "e.occurredAt < :to", "to", filter.to());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.id DESC", AuditEntry.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<AuditEntry> entries = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(entries, count.getSingleResult(), page, size);
    }

    /** The history of one record, oldest first: for "history" views in the modules. */
    public List<AuditEntry> history(String entityType, String entityId) {
        access.requireSignedIn();
        List<AuditEntry> entries = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :i ORDER BY e.id", AuditEntry.class)
                .setParameter("t", entityType).setParameter("i", entityId).getResultList();
        if (!user.isPlatformAdmin()) {
            for (AuditEntry e : entries) {
                if (e.getMunicipalityId() == null || !access.has(e.getMunicipalityId())) {
                    throw new Problem.NotFound("No such record.");
                }
            }
        }
        return entries;
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
