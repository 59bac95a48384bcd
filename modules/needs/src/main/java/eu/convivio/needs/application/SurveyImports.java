package eu.convivio.needs.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.ColumnMapping;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.ImportMapping;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.domain.RowError;
import eu.convivio.needs.domain.SurveyImport;
import eu.convivio.needs.domain.SurveyImport.Plan;
import eu.convivio.needs.domain.SurveyImport.PlannedNeed;
import eu.convivio.needs.domain.SurveyImport.Reference;
import eu.convivio.needs.domain.SurveyRejected;
import eu.convivio.needs.domain.SurveyTable;
import eu.convivio.needs.infrastructure.SurveyCsv;
import eu.convivio.platform.api.AuditJournal;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Survey import into an assessment: preview (the first needs as they will be stored, or every
 * row's errors) and commit (all needs in one transaction, or none, with an audit entry), and the
 * column mapping saved per assessment. Only the assessment's editors (officers, municipal
 * administrators) import; others get 404 or 403 as everywhere in the register.
 */
@ApplicationScoped
@Transactional
public class SurveyImports {

    /** Needs shown in a preview. */
    public static final int PREVIEW_SIZE = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Assessments assessments;

    @Inject
    private RegisterAccess access;

    @Inject
    private Themes themes;

    @Inject
    private AuditJournal audit;

    /**
     * What a file would give.
     *
     * @param mapping the mapping used (the one given, else the saved one, else one the headers suggest)
     */
    public record Preview(List<String> headers, char delimiter, ColumnMapping mapping, int rows, int needs,
                          List<PlannedNeed> first, List<RowError> errors) {
    }

    /** What a commit stored. */
    public record Imported(UUID assessmentId, int rows, List<UUID> needs) {
    }

    /** The saved mapping of the assessment, if any (readers may see it; it holds no data). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportMapping savedMapping(UUID assessmentId) {
        assessments.assessment(assessmentId);
        return em.find(ImportMapping.class, assessmentId);
    }

    public ImportMapping saveMapping(UUID assessmentId, ColumnMapping mapping, Long version) {
        NeedsAssessment a = editable(assessmentId);
        List<Problem.FieldError> errors = new ArrayList<>(mapping.problems(null));
        errors.addAll(valueProblems(a, mapping));
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        ImportMapping saved = em.find(ImportMapping.class, assessmentId);
        if (saved == null) {
            saved = new ImportMapping(assessmentId, mapping);
            em.persist(saved);
        } else {
            if (version != null) {
                saved.expectVersion(version);
            }
            saved.replace(mapping);
        }
        em.flush();
        return saved;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(UUID assessmentId, byte[] file, String fileName, ColumnMapping mapping) {
        NeedsAssessment a = editable(assessmentId);
        SurveyTable table = SurveyCsv.read(file);
        ColumnMapping used = mappingFor(assessmentId, mapping, table);
        List<RowError> errors = new ArrayList<>();
        valueProblems(a, used).forEach(p -> errors.add(new RowError(0, null, p.field(), p.message())));
        Plan plan = errors.isEmpty() ? SurveyImport.plan(table, used, reference(a), fileName)
                : new Plan(table.rows().size(), List.of(), errors);
        return new Preview(table.headers(), table.delimiter(), used, plan.rows(), plan.needs().size(),
                plan.needs().stream().limit(PREVIEW_SIZE).toList(), plan.errors());
    }

    /**
     * Stores every need the file gives, or nothing: a file with any bad row is refused as a whole
     * ({@link SurveyRejected}, rolled back). The mapping used is saved for the assessment.
     */
    public Imported commit(UUID assessmentId, byte[] file, String fileName, ColumnMapping mapping) {
        NeedsAssessment a = editable(assessmentId);
        SurveyTable table = SurveyCsv.read(file);
        ColumnMapping used = mappingFor(assessmentId, mapping, table);
        List<Problem.FieldError> valueErrors = valueProblems(a, used);
        if (!valueErrors.isEmpty()) {
            throw new SurveyRejected("The mapping names codes that do not exist",
                    valueErrors.stream().map(p -> new RowError(0, null, p.field(), p.message())).toList());
        }
        Plan plan = SurveyImport.plan(table, used, reference(a), fileName);
        if (!plan.valid()) {
            throw new SurveyRejected(plan.errors().size() + (plan.errors().size() == 1 ? " error" : " errors")
                    + " in the file", plan.errors());
        }
        List<UUID> ids = new ArrayList<>();
        for (PlannedNeed planned : plan.needs()) {
            Need n = new Need(UUID.randomUUID(), a, planned.content());
            em.persist(n);
            ids.add(n.getId());
        }
        ImportMapping saved = em.find(ImportMapping.class, assessmentId);
        if (saved == null) {
            em.persist(new ImportMapping(assessmentId, used));
        } else {
            saved.replace(used);
        }
        audit.record("CREATE", "NeedsImport", assessmentId.toString(), Json.createObjectBuilder()
                .add("file", fileName == null ? "" : fileName)
                .add("shape", used.shape().code())
                .add("rows", plan.rows())
                .add("needs", ids.size())
                .build().toString());
        em.flush();
        return new Imported(assessmentId, plan.rows(), ids);
    }

    private NeedsAssessment editable(UUID assessmentId) {
        NeedsAssessment a = assessments.assessment(assessmentId);
        access.requireEditor(a.getMunicipalityId());
        return a;
    }

    private ColumnMapping mappingFor(UUID assessmentId, ColumnMapping given, SurveyTable table) {
        if (given != null) {
            return given;
        }
        ImportMapping saved = em.find(ImportMapping.class, assessmentId);
        return saved != null ? saved.mapping()
                : ColumnMapping.suggested(eu.convivio.needs.domain.SurveyShape.NEED_PER_ROW, table.headers());
    }

    /** Value labels mapped to codes that do not exist (a theme, group or district code). */
    private List<Problem.FieldError> valueProblems(NeedsAssessment a, ColumnMapping mapping) {
        List<Problem.FieldError> errors = new ArrayList<>();
        mapping.themeValues().forEach((label, code) -> {
            if (themes.byCode(code).isEmpty()) {
                errors.add(new Problem.FieldError("themeValues." + label, "\"" + code + "\" is not a theme code."));
            }
        });
        mapping.groupValues().forEach((label, code) -> {
            try {
                PopulationGroup.ofCode(code);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("groupValues." + label, "\"" + code + "\" is not a population group code."));
            }
        });
        Map<String, Reference.District> districts = reference(a).districts();
        mapping.districtValues().forEach((label, code) -> {
            if (!districts.containsKey(ColumnMapping.fold(code))) {
                errors.add(new Problem.FieldError("districtValues." + label, "\"" + code + "\" is not a district of this municipality."));
            }
        });
        return errors;
    }

    private Reference reference(NeedsAssessment a) {
        Map<String, String> themeLabels = new HashMap<>();
        for (Theme t : themes.all()) {
            t.names().values().forEach(name -> themeLabels.putIfAbsent(ColumnMapping.fold(name), t.code()));
        }
        for (Theme t : themes.all()) {
            themeLabels.put(ColumnMapping.fold(t.code()), t.code());
        }
        Map<String, Reference.District> districts = new HashMap<>();
        List<District> own = em.createQuery("SELECT d FROM District d WHERE d.municipalityId = :m", District.class)
                .setParameter("m", a.getMunicipalityId()).getResultList();
        for (District d : own) {
            Reference.District r = new Reference.District(d.getId(), d.getCode(), d.getName());
            districts.put(ColumnMapping.fold(d.getName()), r);
            districts.put(ColumnMapping.fold(d.getCode()), r);
        }
        return new Reference(themeLabels, districts);
    }
}
