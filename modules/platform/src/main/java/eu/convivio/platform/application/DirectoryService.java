package eu.convivio.platform.application;

import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants and departments for reading: public data, no access check. */
@ApplicationScoped
public class DirectoryService implements Directory {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MunicipalitySummary> municipality(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(Municipality.class, id)).map(Municipality::summary);
    }

    @Override
    public List<MunicipalitySummary> municipalities() {
        return em.createQuery("SELECT m FROM Municipality m ORDER BY m.country, m.name", Municipality.class)
                .getResultStream().map(Municipality::summary).toList();
    }

    @Override
    public List<DepartmentSummary> departments(UUID municipalityId) {
        return em.createQuery("SELECT d FROM Department d WHERE d.municipalityId = :m ORDER BY d.name", Department.class)
                .setParameter("m", municipalityId)
                .getResultStream().map(Department::summary).toList();
    }
}
