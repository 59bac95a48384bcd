package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.IndicatorDefinition;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasurePlan;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.SectionPlacement;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyContentCopy;
import eu.convivio.strategy.domain.StrategyTemplate;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContent;
import eu.convivio.strategy.domain.VersionContents;
import eu.convivio.strategy.infrastructure.StrategyQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Drafting and deciding: starting a strategy (empty, from a template or copied from another
 * city's adopted version), writing the open draft piece by piece, and moving it through
 * consultation to adoption and into a revision. Every write takes a council member of the
 * strategy's municipality (or a platform administrator) and runs in one transaction.
 */
@ApplicationScoped
@Transactional
public class StrategyDrafting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Directory directory;

    @Inject
    private StrategyReading reading;

    private Clock clock = Clock.systemDefaultZone();

    private StrategyQueries queries() {
        return new StrategyQueries(em);
    }

    // ---- strategies and lifecycle

    public Strategy create(NewStrategy request) {
        if (request == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        if (request.municipalityId() == null) {
            throw new Problem.Invalid("municipalityId", "Say which municipality or region the strategy belongs to.");
        }
        access.require(request.municipalityId(), StrategyReading.WRITERS);
        if (directory.municipality(request.municipalityId()).isEmpty()) {
            throw new Problem.Invalid("municipalityId", "No such municipality or region.");
        }
        request.check();
        StrategyVersion origin = request.copyOf() == null ? null : copiable(request.copyOf());
        Strategy s = new Strategy(UUID.randomUUID(), request.municipalityId(), request.title().strip(), request.language(),
                request.periodFrom(), request.periodTo());
        s.allowPublicComments(request.allowPublicComments());
        em.persist(s);
        StrategyVersion draft = StrategyVersion.firstDraft(UUID.randomUUID(), s);
        em.persist(draft);
        if (origin != null) {
            s.copiedFrom(origin);
            copyContent(queries().contents(origin), StrategyContentCopy.intoNewStrategy(draft));
        } else if (request.template() != null && !request.template().isBlank()) {
            StrategyTemplate template = StrategyTemplate.byCode(request.template()).orElseThrow();
            s.startedFromTemplate(template.code());
            addParts(draft, null, template.parts());
        }
        em.flush();
        return s;
    }

    private StrategyVersion copiable(UUID versionId) {
        StrategyVersion v = em.find(StrategyVersion.class, versionId);
        if (v == null || !v.isAdopted()) {
            throw new Problem.Invalid("copyOf", "Only an adopted version of a strategy can be copied.");
        }
        return v;
    }

    private void addParts(StrategyVersion draft, UUID parentId, List<StrategyTemplate.Part> parts) {
        int position = 0;
        for (StrategyTemplate.Part part : parts) {
            Section section = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), parentId, position++,
                    part.heading(), "", part.guidance());
            em.persist(section);
            addParts(draft, section.getId(), part.subsections());
        }
    }

    private void copyContent(VersionContents source, StrategyContentCopy copy) {
        copy.sections(source.sections()).forEach(em::persist);
        copy.goals(source.goals()).forEach(em::persist);
        copy.measures(source.measures()).forEach(em::persist);
        copy.indicators(source.indicators()).forEach(em::persist);
    }

    /** Changes title, language, period and whether the public may comment. */
    public Strategy describe(UUID strategyId, Long expectedVersion, String title, String language, LocalDate from,
                             LocalDate to, Boolean allowPublicComments) {
        Strategy s = writable(strategyId, expectedVersion);
        List<Problem.FieldError> errors = new ArrayList<>();
        NewStrategy.checkDescription(title, language, from, to, errors);
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        s.describe(title.strip(), language, from, to);
        if (allowPublicComments != null) {
            s.allowPublicComments(allowPublicComments);
        }
        em.flush();
        return s;
    }

    public Strategy startConsultation(UUID strategyId, Long expectedVersion, LocalDate start, LocalDate end) {
        Strategy s = writable(strategyId, expectedVersion);
        s.startConsultation(start, end);
        em.flush();
        return s;
    }

    public Strategy closeConsultation(UUID strategyId, Long expectedVersion) {
        Strategy s = writable(strategyId, expectedVersion);
        s.closeConsultation();
        em.flush();
        return s;
    }

    /** Adopts the open draft: from now on it is a frozen, public version. */
    public StrategyVersion adopt(UUID strategyId, Long expectedVersion, LocalDate adoptedAt, String adoptingBody,
                                 String decisionReference) {
        Strategy s = writable(strategyId, expectedVersion);
        if (adoptedAt != null && adoptedAt.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("adoptedAt", "The date of adoption cannot be in the future.");
        }
        StrategyVersion draft = queries().openDraft(s.getId())
                .orElseThrow(() -> new Problem.Conflict("This strategy has no open draft to adopt."));
        draft.adopt(adoptedAt, adoptingBody, decisionReference);
        em.flush();
        return draft;
    }

    /** Starts a new draft from the latest adopted version, keeping each piece's lineage. */
    public StrategyVersion startRevision(UUID strategyId, Long expectedVersion) {
        Strategy s = writable(strategyId, expectedVersion);
        StrategyVersion adopted = queries().latestAdopted(s.getId())
                .orElseThrow(() -> new Problem.Conflict("A revision starts from an adopted version; this strategy has none yet."));
        StrategyVersion draft = StrategyVersion.revisionOf(UUID.randomUUID(), adopted, queries().latestNumber(s.getId()));
        em.persist(draft);
        copyContent(queries().contents(adopted), StrategyContentCopy.revision(draft));
        em.flush();
        return draft;
    }

    private Strategy writable(UUID strategyId, Long expectedVersion) {
        Strategy s = reading.strategy(strategyId);
        access.require(s.getMunicipalityId(), StrategyReading.WRITERS);
        if (expectedVersion != null) {
            s.expectVersion(expectedVersion);
        }
        return s;
    }

    /** The open draft, ready for a change of its text. */
    private StrategyVersion editableDraft(UUID strategyId) {
        Strategy s = writable(strategyId, null);
        StrategyVersion draft = queries().openDraft(s.getId())
                .orElseThrow(() -> new Problem.Conflict("This strategy has no open draft; start a revision to change it."));
        draft.requireEditable();
        return draft;
    }

    /** A piece of content the current user may change, found by id; another municipality's piece does not exist. */
    private <T extends VersionContent> T piece(Class<T> type, UUID id, String what) {
        T piece = id == null ? null : em.find(type, id);
        if (piece == null) {
            throw new Problem.NotFound("No such " + what + ".");
        }
        reading.version(piece.getStrategyVersion().getId());
        access.require(piece.municipalityId(), StrategyReading.WRITERS);
        return piece;
    }

    // ---- sections

    public Section addSection(UUID strategyId, UUID parentId, String heading, String body) {
        StrategyVersion draft = editableDraft(strategyId);
        checkHeading(heading);
        if (parentId != null) {
            Section parent = em.find(Section.class, parentId);
            if (parent == null || !parent.getStrategyVersion().getId().equals(draft.getId())) {
                throw new Problem.Invalid("parentId", "The parent must be a section of the open draft.");
            }
        }
        Section s = new Section(UUID.randomUUID(), draft, UUID.randomUUID(), parentId,
                queries().nextSectionPosition(draft.getId(), parentId), heading.strip(), body, null);
        em.persist(s);
        em.flush();
        return s;
    }

    /** Saves a section read at {@code expectedVersion}; a stale save is refused with the newer text. */
    public Section saveSection(UUID sectionId, long expectedVersion, String heading, String body) {
        Section s = piece(Section.class, sectionId, "section");
        s.getStrategyVersion().requireEditable();
        s.expectVersion(expectedVersion);
        checkHeading(heading);
        s.write(heading.strip(), body);
        em.flush();
        return s;
    }

    /**
     * Moves a section one place up ({@code -1}) or down ({@code +1}) among its siblings. With
     * {@code expectedVersion}, a move of a section someone changed meanwhile is refused like a stale save.
     */
    public Section moveSection(UUID sectionId, Long expectedVersion, int step) {
        Section s = movable(sectionId, expectedVersion);
        new SectionPlacement(queries().contents(s.getStrategyVersion()).sections()).step(s, step);
        em.flush();
        return s;
    }

    /**
     * Places a section under another section of the same draft ({@code null}: at the top level),
     * after that parent's subsections; its own subsections go with it. A section never goes under
     * itself or one of its subsections.
     */
    public Section placeSection(UUID sectionId, Long expectedVersion, UUID newParentId) {
        Section s = movable(sectionId, expectedVersion);
        new SectionPlacement(queries().contents(s.getStrategyVersion()).sections()).moveUnder(s, newParentId);
        em.flush();
        return s;
    }

    private Section movable(UUID sectionId, Long expectedVersion) {
        Section s = piece(Section.class, sectionId, "section");
        s.getStrategyVersion().requireEditable();
        if (expectedVersion != null) {
            s.expectVersion(expectedVersion);
        }
        return s;
    }

    public void removeSection(UUID sectionId, Long expectedVersion) {
        Section s = piece(Section.class, sectionId, "section");
        s.getStrategyVersion().requireEditable();
        if (expectedVersion != null) {
            s.expectVersion(expectedVersion);
        }
        removeTree(s, queries().contents(s.getStrategyVersion()).sections());
        em.flush();
    }

    private void removeTree(Section s, List<Section> all) {
        all.stream().filter(x -> s.getId().equals(x.getParentId())).forEach(child -> removeTree(child, all));
        em.remove(s);
    }

    private static void checkHeading(String heading) {
        if (heading == null || heading.isBlank()) {
            throw new Problem.Invalid("heading", "Give the section a heading.");
        }
        if (heading.length() > 300) {
            throw new Problem.Invalid("heading", "The heading is longer than 300 characters.");
        }
    }

    // ---- goals

    public Goal addGoal(UUID strategyId, String title, String description) {
        StrategyVersion draft = editableDraft(strategyId);
        checkGoal(title);
        Goal g = new Goal(UUID.randomUUID(), draft, UUID.randomUUID(), queries().nextPosition(Goal.class, draft.getId()),
                title.strip(), description);
        em.persist(g);
        em.flush();
        return g;
    }

    public Goal saveGoal(UUID goalId, long expectedVersion, String title, String description) {
        Goal g = piece(Goal.class, goalId, "goal");
        g.getStrategyVersion().requireEditable();
        g.expectVersion(expectedVersion, "goal");
        checkGoal(title);
        g.write(title.strip(), description);
        em.flush();
        return g;
    }

    /** Removes a goal; its measures and indicators stay, serving no goal. */
    public void removeGoal(UUID goalId, Long expectedVersion) {
        Goal g = piece(Goal.class, goalId, "goal");
        g.getStrategyVersion().requireEditable();
        if (expectedVersion != null) {
            g.expectVersion(expectedVersion, "goal");
        }
        VersionContents contents = queries().contents(g.getStrategyVersion());
        contents.measuresOf(g.getId()).forEach(m -> {
            MeasurePlan p = m.plan();
            m.write(new MeasurePlan(null, p.title(), p.description(), p.responsibleDepartmentId(), p.responsibleBody(),
                    p.partners(), p.startDate(), p.endDate(), p.budget(), p.currency(), p.fundingSource(), p.status(), p.progress()));
        });
        contents.indicators().stream().filter(i -> g.getId().equals(i.getGoalId())).forEach(i -> {
            IndicatorDefinition d = i.definition();
            i.write(new IndicatorDefinition(null, d.measureId(), d.name(), d.unit(), d.baseline(), d.baselineDate(), d.target(), d.targetDate()));
        });
        // the foreign keys cascade on delete: the references must be gone before the goal is
        em.flush();
        em.remove(g);
        em.flush();
    }

    private static void checkGoal(String title) {
        if (title == null || title.isBlank()) {
            throw new Problem.Invalid("title", "Give the goal a title.");
        }
        if (title.length() > 300) {
            throw new Problem.Invalid("title", "The title is longer than 300 characters.");
        }
    }

    // ---- measures

    public Measure addMeasure(UUID strategyId, MeasurePlan plan) {
        StrategyVersion draft = editableDraft(strategyId);
        checkReferences(draft, plan);
        Measure m = new Measure(UUID.randomUUID(), draft, UUID.randomUUID(), queries().nextPosition(Measure.class, draft.getId()), plan);
        em.persist(m);
        em.flush();
        return m;
    }

    public Measure saveMeasure(UUID measureId, long expectedVersion, MeasurePlan plan) {
        Measure m = piece(Measure.class, measureId, "measure");
        m.getStrategyVersion().requireEditable();
        m.expectVersion(expectedVersion, "measure");
        checkReferences(m.getStrategyVersion(), plan);
        m.write(plan);
        em.flush();
        return m;
    }

    /** Removes a measure and the indicators that measure it. */
    public void removeMeasure(UUID measureId, Long expectedVersion) {
        Measure m = piece(Measure.class, measureId, "measure");
        m.getStrategyVersion().requireEditable();
        if (expectedVersion != null) {
            m.expectVersion(expectedVersion, "measure");
        }
        queries().contents(m.getStrategyVersion()).indicators().stream()
                .filter(i -> m.getId().equals(i.getMeasureId())).forEach(em::remove);
        em.remove(m);
        em.flush();
    }

    private void checkReferences(StrategyVersion draft, MeasurePlan plan) {
        if (plan == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        plan.check();
        if (plan.goalId() != null) {
            Goal g = em.find(Goal.class, plan.goalId());
            if (g == null || !g.getStrategyVersion().getId().equals(draft.getId())) {
                throw new Problem.Invalid("goalId", "The goal must be one of this draft's goals.");
            }
        }
        if (plan.responsibleDepartmentId() != null) {
            List<DepartmentSummary> departments = directory.departments(draft.getStrategy().getMunicipalityId());
            if (departments.stream().noneMatch(d -> d.id().equals(plan.responsibleDepartmentId()))) {
                throw new Problem.Invalid("responsibleDepartmentId", "The department must be one of the municipality's departments.");
            }
        }
    }

    // ---- indicators

    public Indicator addIndicator(UUID strategyId, IndicatorDefinition definition) {
        StrategyVersion draft = editableDraft(strategyId);
        checkReferences(draft, definition);
        Indicator i = new Indicator(UUID.randomUUID(), draft, UUID.randomUUID(),
                queries().nextPosition(Indicator.class, draft.getId()), definition);
        em.persist(i);
        em.flush();
        return i;
    }

    public Indicator saveIndicator(UUID indicatorId, long expectedVersion, IndicatorDefinition definition) {
        Indicator i = piece(Indicator.class, indicatorId, "indicator");
        i.getStrategyVersion().requireEditable();
        i.expectVersion(expectedVersion, "indicator");
        checkReferences(i.getStrategyVersion(), definition);
        i.write(definition);
        em.flush();
        return i;
    }

    public void removeIndicator(UUID indicatorId, Long expectedVersion) {
        Indicator i = piece(Indicator.class, indicatorId, "indicator");
        i.getStrategyVersion().requireEditable();
        if (expectedVersion != null) {
            i.expectVersion(expectedVersion, "indicator");
        }
        em.remove(i);
        em.flush();
    }

    private void checkReferences(StrategyVersion draft, IndicatorDefinition definition) {
        if (definition == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        definition.check();
        if (definition.goalId() != null) {
            Goal g = em.find(Goal.class, definition.goalId());
            if (g == null || !g.getStrategyVersion().getId().equals(draft.getId())) {
                throw new Problem.Invalid("goalId", "The goal must be one of this draft's goals.");
            }
        }
        if (definition.measureId() != null) {
            Measure m = em.find(Measure.class, definition.measureId());
            if (m == null || !m.getStrategyVersion().getId().equals(draft.getId())) {
                throw new Problem.Invalid("measureId", "The measure must be one of this draft's measures.");
            }
        }
    }
}
