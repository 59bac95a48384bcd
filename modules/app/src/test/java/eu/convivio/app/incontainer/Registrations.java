package eu.convivio.app.incontainer;

import eu.convivio.platform.api.Validation;
import eu.convivio.platform.application.TenantAdministration;
import eu.convivio.platform.domain.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Deployed with the in-container tests only: use-case-shaped transactions over the real
 * persistence unit, and plain reads of what they left behind.
 */
@ApplicationScoped
public class Registrations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    @jakarta.annotation.Resource
    private TransactionSynchronizationRegistry transactions;

    /** What one transaction saw of its own writes before it was rolled back. */
    public record Inside(UUID departmentId, long auditRows, String actor) {
    }

    /**
     * Adds a department and then checks the form of a municipality, as a use case that writes before
     * it validates would: the invalid form must undo the department and its audit entry.
     */
    @Transactional
    public void addDepartmentThenValidate(UUID municipalityId, String departmentName, TenantAdministration.MunicipalityForm form) {
        em.persist(new Department(municipalityId, departmentName));
        em.flush();
        validation.check(form);
    }

    /** Adds a department, looks at its audit entry from inside the transaction, then rolls back. */
    @Transactional
    public Inside addDepartmentAndRollBack(UUID municipalityId, String departmentName) {
        Department d = new Department(municipalityId, departmentName);
        em.persist(d);
        em.flush();
        Object[] audit = (Object[]) em.createNativeQuery(
                        "SELECT count(*), max(actor) FROM platform.audit_entry WHERE entity_type = 'Department' AND entity_id = ?1")
                .setParameter(1, d.getId().toString()).getSingleResult();
        transactions.setRollbackOnly();
        return new Inside(d.getId(), ((Number) audit[0]).longValue(), (String) audit[1]);
    }

    @Transactional
    public UUID anyMunicipality() {
        return em.createQuery("SELECT m.id FROM Municipality m ORDER BY m.name", UUID.class).setMaxResults(1).getSingleResult();
    }

    @Transactional
    public long departmentsNamed(String name) {
        return em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.name = :n", Long.class).setParameter("n", name).getSingleResult();
    }

    @Transactional
    public long auditRowsMentioning(String text) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM platform.audit_entry WHERE changes::text LIKE ?1")
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue();
    }

    @Transactional
    public long auditRowsOf(UUID entityId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM platform.audit_entry WHERE entity_id = ?1")
                .setParameter(1, entityId.toString()).getSingleResult()).longValue();
    }
}
