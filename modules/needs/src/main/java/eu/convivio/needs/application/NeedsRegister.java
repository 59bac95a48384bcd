package eu.convivio.needs.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.needs.api.NeedClosed;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.infrastructure.NeedQueries;
import eu.convivio.platform.api.AuditHistory;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The needs of a municipality: listing, writing, the validation workflow (an officer confirms a
 * need and the register records who and when), status changes and the history of a need from
 * the audit log. Closing a need tells other modules ({@link NeedClosed}).
 */
@ApplicationScoped
@Transactional
public class NeedsRegister {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private Assessments assessments;

    @Inject
    private Themes themes;

    @Inject
    private AuditHistory audit;

    @Inject
    private Event<NeedClosed> closed;

    /** A page of needs; the filter is confined here to the municipalities the user reads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NeedQueries.Page search(NeedQueries.Filter filter, NeedQueries.Sort sort, int page, int size) {
        if (page < 0) {
            throw new Problem.Invalid("page", "Pages count from 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem.Invalid("size", "Between 1 and " + MAX_PAGE_SIZE + ".");
        }
        UUID municipality = filter.municipalityId();
        if (filter.assessmentId() != null) {
            NeedsAssessment a = assessments.assessment(filter.assessmentId());
            if (municipality != null && !municipality.equals(a.getMunicipalityId())) {
                throw new Problem.Invalid("municipalityId", "The assessment is of another municipality.");
            }
            municipality = a.getMunicipalityId();
        } else if (municipality == null && !access.isPlatformAdmin()) {
            municipality = access.defaultMunicipality(false);
        }
        if (municipality != null) {
            access.requireReader(municipality);
        }
        var confined = new NeedQueries.Filter(access.readable(), municipality, filter.assessmentId(), filter.theme(),
                filter.districtId(), filter.wholeMunicipality(), filter.populationGroup(), filter.severity(),
                filter.minSeverity(), filter.status());
        return new NeedQueries(em).search(confined, sort == null ? NeedQueries.Sort.SEVERITY : sort, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Need need(UUID id) {
        Need n = id == null ? null : em.find(Need.class, id);
        if (n == null) {
            throw new Problem.NotFound("No such need.");
        }
        access.requireReader(n.getMunicipalityId());
        return n;
    }

    public Need create(UUID assessmentId, NeedContent content) {
        if (assessmentId == null) {
            throw new Problem.Invalid("assessmentId", "Say which assessment found the need.");
        }
        NeedsAssessment a = assessments.assessment(assessmentId);
        access.requireEditor(a.getMunicipalityId());
        check(a.getMunicipalityId(), content);
        Need n = new Need(UUID.randomUUID(), a, content);
        em.persist(n);
        em.flush();
        return n;
    }

    public Need update(UUID id, long version, NeedContent content) {
        Need n = need(id);
        access.requireEditor(n.getMunicipalityId());
        n.expectVersion(version);
        check(n.getMunicipalityId(), content);
        n.write(content);
        em.flush();
        return n;
    }

    /** An officer confirms the need; the register records who and when. */
    public Need validate(UUID id, Long version) {
        Need n = need(id);
        access.requireEditor(n.getMunicipalityId());
        if (version != null) {
            n.expectVersion(version);
        }
        n.validate(access.actor(), Instant.now());
        em.flush();
        return n;
    }

    /** Moves the need to another status; closing it tells other modules once the change commits. */
    public Need moveTo(UUID id, Long version, NeedStatus status) {
        if (status == null) {
            throw new Problem.Invalid("status", "Choose identified, validated, addressed or closed.");
        }
        Need n = need(id);
        access.requireEditor(n.getMunicipalityId());
        if (version != null) {
            n.expectVersion(version);
        }
        boolean nowClosed = n.moveTo(status, access.actor(), Instant.now());
        em.flush();
        if (nowClosed) {
            closed.fire(new NeedClosed(n.getId(), n.getMunicipalityId()));
        }
        return n;
    }

    public void delete(UUID id, long version) {
        Need n = need(id);
        access.requireEditor(n.getMunicipalityId());
        n.expectVersion(version);
        em.remove(n);
        em.flush();
    }

    /** The need's changes from the audit log, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditHistory.Entry> history(UUID id) {
        Need n = need(id);
        return audit.of(Need.class.getSimpleName(), n.getId().toString());
    }

    public boolean editable(Need n) {
        return access.mayEdit(n.getMunicipalityId());
    }

    private void check(UUID municipalityId, NeedContent content) {
        if (content == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        List<Problem.FieldError> errors = new ArrayList<>(content.problems());
        if (content.themeCode() != null && !content.themeCode().isBlank() && themes.byCode(content.themeCode()).isEmpty()) {
            errors.add(new Problem.FieldError("theme", "Unknown theme '" + content.themeCode() + "'; use the codes of "
                    + Themes.TAXONOMY + " such as " + themes.all().stream().limit(3).map(Theme::code).toList() + "."));
        }
        if (content.districtId() != null) {
            District d = em.find(District.class, content.districtId());
            if (d == null || !d.getMunicipalityId().equals(municipalityId)) {
                errors.add(new Problem.FieldError("districtId", "Choose one of the municipality's districts, or none for the whole municipality."));
            }
        }
        if (content.evidence() != null && content.evidence().length() > 4000) {
            errors.add(new Problem.FieldError("evidence", "At most 4000 characters."));
        }
        if (content.source() != null && content.source().length() > 500) {
            errors.add(new Problem.FieldError("source", "At most 500 characters."));
        }
        if (content.recommendedActions() != null && content.recommendedActions().length() > 4000) {
            errors.add(new Problem.FieldError("recommendedActions", "At most 4000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }
}
