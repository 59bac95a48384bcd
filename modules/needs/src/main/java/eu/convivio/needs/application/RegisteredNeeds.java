package eu.convivio.needs.application;

import eu.convivio.needs.api.NeedDirectory;
import eu.convivio.needs.api.NeedSummary;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The needs register as other modules read it ({@link NeedDirectory}), with the register's tenancy. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisteredNeeds implements NeedDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** For CDI. */
    public RegisteredNeeds() {
    }

    /** For persistence tests, which run without a container. */
    RegisteredNeeds(EntityManager em, RegisterAccess access) {
        this.em = em;
        this.access = access;
    }

    @Override
    public Optional<NeedSummary> find(UUID needId) {
        Need n = needId == null ? null : em.find(Need.class, needId);
        if (n == null || !access.mayRead(n.getMunicipalityId())) {
            return Optional.empty();
        }
        return Optional.of(summary(n));
    }

    @Override
    public List<NeedSummary> openNeeds(UUID municipalityId, int minSeverity) {
        if (municipalityId == null) {
            throw new Problem.Invalid("municipalityId", "Say whose needs.");
        }
        access.requireReader(municipalityId);
        return open(municipalityId, minSeverity);
    }

    @Override
    public List<NeedSummary> openNeedsForDemo(DemoDataLoading loading, UUID municipalityId, int minSeverity) {
        if (loading == null) {
            throw new IllegalStateException("Needs are read without a user's rights only while the demo data loads.");
        }
        if (municipalityId == null) {
            throw new Problem.Invalid("municipalityId", "Say whose needs.");
        }
        return open(municipalityId, minSeverity);
    }

    private List<NeedSummary> open(UUID municipalityId, int minSeverity) {
        return em.createQuery("SELECT n FROM Need n WHERE n.municipalityId = :m AND n.status <> :closed "
                        + "AND n.severity >= :min ORDER BY n.severity DESC, n.peopleInNeed DESC, n.id", Need.class)
                .setParameter("m", municipalityId).setParameter("closed", NeedStatus.CLOSED)
                .setParameter("min", minSeverity).getResultList()
                .stream().map(this::summary).toList();
    }

    private NeedSummary summary(Need n) {
        NeedsAssessment a = em.find(NeedsAssessment.class, n.getAssessmentId());
        District d = n.getDistrictId() == null ? null : em.find(District.class, n.getDistrictId());
        return new NeedSummary(n.getId(), n.getMunicipalityId(), n.getAssessmentId(), a.getTitle(), n.getTheme(),
                d == null ? null : d.getName(), n.getPopulationGroup().code(), n.getDescription(), n.getSeverity(),
                n.getPeopleInNeed(), n.getStatus().code());
    }
}
