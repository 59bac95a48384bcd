package eu.convivio.needs.application;

import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AttachmentLink;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Needs assessments of a municipality: private to it (readers and editors as in
 * {@link RegisterAccess}) until published; a published assessment is listed for everyone, who
 * then see only its aggregated view ({@link PublishedNeeds}).
 */
@ApplicationScoped
@Transactional
public class Assessments {

    private static final Pattern LINK = Pattern.compile("^https?://[^\\s]+$");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** The municipality's assessments, latest period first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NeedsAssessment> of(UUID municipalityId) {
        access.requireReader(municipalityId);
        return em.createQuery("SELECT a FROM NeedsAssessment a WHERE a.municipalityId = :m "
                        + "ORDER BY a.periodStart DESC, a.title", NeedsAssessment.class)
                .setParameter("m", municipalityId).getResultList();
    }

    /** Published assessments of every municipality (public), latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NeedsAssessment> published() {
        return em.createQuery("SELECT a FROM NeedsAssessment a WHERE a.published = TRUE "
                + "ORDER BY a.periodStart DESC, a.title", NeedsAssessment.class).getResultList();
    }

    /** One assessment for its municipality's readers; anyone else is told it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NeedsAssessment assessment(UUID id) {
        NeedsAssessment a = id == null ? null : em.find(NeedsAssessment.class, id);
        if (a == null) {
            throw new Problem.NotFound("No such assessment.");
        }
        access.requireReader(a.getMunicipalityId());
        return a;
    }

    public NeedsAssessment create(UUID municipalityId, AssessmentContent content) {
        UUID owner = municipalityId != null ? municipalityId : access.defaultMunicipality(true);
        access.requireEditor(owner);
        check(owner, content);
        NeedsAssessment a = new NeedsAssessment(UUID.randomUUID(), owner, content);
        em.persist(a);
        em.flush();
        return a;
    }

    public NeedsAssessment update(UUID id, long version, AssessmentContent content) {
        NeedsAssessment a = assessment(id);
        access.requireEditor(a.getMunicipalityId());
        a.expectVersion(version);
        check(a.getMunicipalityId(), content);
        a.write(content);
        em.flush();
        return a;
    }

    /** Shares the aggregated view of the assessment's needs with other cities and the public. */
    public NeedsAssessment publish(UUID id, Long version) {
        NeedsAssessment a = assessment(id);
        access.requireEditor(a.getMunicipalityId());
        if (version != null) {
            a.expectVersion(version);
        }
        a.publish(Instant.now());
        em.flush();
        return a;
    }

    public NeedsAssessment withdraw(UUID id, Long version) {
        NeedsAssessment a = assessment(id);
        access.requireEditor(a.getMunicipalityId());
        if (version != null) {
            a.expectVersion(version);
        }
        a.withdraw();
        em.flush();
        return a;
    }

    /** Removes an assessment that has no needs (needs are closed, not deleted with their assessment). */
    public void delete(UUID id, long version) {
        NeedsAssessment a = assessment(id);
        access.requireEditor(a.getMunicipalityId());
        a.expectVersion(version);
        long needs = em.createQuery("SELECT COUNT(n) FROM Need n WHERE n.assessmentId = :a", Long.class)
                .setParameter("a", id).getSingleResult();
        if (needs > 0) {
            throw new Problem.Conflict("This assessment has " + needs + " needs; remove them first.");
        }
        em.remove(a);
        em.flush();
    }

    public boolean editable(NeedsAssessment a) {
        return access.mayEdit(a.getMunicipalityId());
    }

    private void check(UUID municipalityId, AssessmentContent content) {
        if (content == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (content.title() == null || content.title().isBlank()) {
            errors.add(new Problem.FieldError("title", "Give the assessment a title."));
        } else if (content.title().length() > 300) {
            errors.add(new Problem.FieldError("title", "At most 300 characters."));
        }
        if (content.periodStart() == null) {
            errors.add(new Problem.FieldError("periodStart", "Give the date the assessment started."));
        }
        if (content.periodEnd() == null) {
            errors.add(new Problem.FieldError("periodEnd", "Give the date the assessment ended or will end."));
        } else if (content.periodStart() != null && content.periodEnd().isBefore(content.periodStart())) {
            errors.add(new Problem.FieldError("periodEnd", "The period cannot end before it starts."));
        }
        if (content.method() == null) {
            errors.add(new Problem.FieldError("method", "Choose the method."));
        }
        if (content.status() == null) {
            errors.add(new Problem.FieldError("status", "Choose the status."));
        }
        if (content.participants() != null && content.participants() < 0) {
            errors.add(new Problem.FieldError("participants", "A number of participants cannot be negative."));
        }
        if (content.leadOrganisation() == null || content.leadOrganisation().isBlank()) {
            errors.add(new Problem.FieldError("leadOrganisation", "Name the organisation that led the assessment."));
        } else if (content.leadOrganisation().length() > 300) {
            errors.add(new Problem.FieldError("leadOrganisation", "At most 300 characters."));
        }
        for (String group : content.populationGroups()) {
            if (!validGroup(group)) {
                errors.add(new Problem.FieldError("populationGroups", "Unknown population group '" + group + "'."));
                break;
            }
        }
        Set<UUID> districts = content.districts();
        if (!districts.isEmpty()) {
            long ours = em.createQuery("SELECT COUNT(d) FROM District d WHERE d.municipalityId = :m AND d.id IN :ids", Long.class)
                    .setParameter("m", municipalityId).setParameter("ids", districts).getSingleResult();
            if (ours != districts.size()) {
                errors.add(new Problem.FieldError("districts", "Every district must be one of the municipality's districts."));
            }
        }
        for (AttachmentLink link : content.attachments()) {
            if (link == null || link.getTitle() == null || link.getTitle().isBlank() || link.getTitle().length() > 300) {
                errors.add(new Problem.FieldError("attachments", "Every attachment needs a title (at most 300 characters)."));
                break;
            }
            if (link.getUrl() == null || link.getUrl().length() > 2000 || !LINK.matcher(link.getUrl()).matches()) {
                errors.add(new Problem.FieldError("attachments", "'" + link.getUrl() + "' is not a web address starting with http:// or https://."));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    static boolean validGroup(String code) {
        try {
            return code != null && PopulationGroup.ofCode(code).code().equals(code.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The district's name, for views; districts are the assessment municipality's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<District> districtsOf(NeedsAssessment a) {
        if (a.getDistricts().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM District d WHERE d.id IN :ids ORDER BY d.name", District.class)
                .setParameter("ids", a.getDistricts()).getResultList();
    }
}
