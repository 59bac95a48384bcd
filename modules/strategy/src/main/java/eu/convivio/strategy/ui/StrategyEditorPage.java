package eu.convivio.strategy.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Pages;
import eu.convivio.strategy.application.MeasureLinking;
import eu.convivio.strategy.application.ReviewFlags;
import eu.convivio.strategy.application.StrategyDrafting;
import eu.convivio.strategy.application.StrategyReading;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.SectionPlacement;
import eu.convivio.strategy.domain.StaleSection;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContents;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editor of a strategy's open draft: its description, the lifecycle (consultation, adoption,
 * revision), the sections one form each (each saved and locked on its own, so that two people
 * writing different sections never get in each other's way), the goals, and the lists of measures
 * and indicators. A stale save of a section keeps the user's text in the form and shows the newer
 * text beside it.
 */
@Named
@RequestScoped
public class StrategyEditorPage {

    /** A section as its form holds it. */
    public static final class SectionForm {
        private final UUID id;
        private final String number;
        private final int depth;
        private final String guidance;
        private final UUID parentId;
        private List<ParentChoice> parentChoices = List.of();
        private String newParent;
        private String heading;
        private String body;
        private long version;
        private String newerHeading;
        private String newerBody;

        SectionForm(VersionContents.OutlineEntry e) {
            this.id = e.section().getId();
            this.number = e.number();
            this.depth = e.depth();
            this.guidance = e.section().getGuidance();
            this.parentId = e.section().getParentId();
            this.newParent = parentId == null ? "" : parentId.toString();
            this.heading = e.section().getHeading();
            this.body = e.section().getBody();
            this.version = e.section().getVersion();
        }

        public UUID getId() {
            return id;
        }

        public String getNumber() {
            return number;
        }

        public int getDepth() {
            return depth;
        }

        public String getGuidance() {
            return guidance;
        }

        public UUID getParentId() {
            return parentId;
        }

        /** The sections this one may go under (never itself nor one of its subsections), in reading order. */
        public List<ParentChoice> getParentChoices() {
            return parentChoices;
        }

        public String getNewParent() {
            return newParent;
        }

        public void setNewParent(String newParent) {
            this.newParent = newParent;
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getNewerHeading() {
            return newerHeading;
        }

        public String getNewerBody() {
            return newerBody;
        }

        public boolean isStale() {
            return newerBody != null;
        }
    }

    /** A section a section may be placed under, as the choice shows it. */
    public record ParentChoice(UUID id, String label) {
    }

    /** A goal as its form holds it. */
    public static final class GoalForm {
        private final UUID id;
        private String title;
        private String description;
        private long version;

        GoalForm(Goal g) {
            this.id = g.getId();
            this.title = g.getTitle();
            this.description = g.getDescription();
            this.version = g.getVersion();
        }

        public UUID getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    @Inject
    private StrategyReading reading;

    @Inject
    private StrategyDrafting drafting;

    @Inject
    private CurrentUser user;

    @Inject
    private MeasureLinking linking;

    @Inject
    private ReviewFlags reviewFlags;

    private Map<UUID, List<MeasureLinking.FlagDetail>> flags;

    private Strategy strategy;
    private StrategyVersion draft;
    private VersionContents contents;
    private List<SectionForm> sections = List.of();
    private List<GoalForm> goals = List.of();

    private String title;
    private String language;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private boolean allowPublicComments;
    private long strategyVersion;

    private LocalDate consultationStart;
    private LocalDate consultationEnd;
    private LocalDate adoptedAt;
    private String adoptingBody;
    private String decisionReference;

    private String newHeading;
    private String newParent;
    private String newGoalTitle;
    private String newGoalDescription;

    @PostConstruct
    void read() {
        UUID id = StrategyFeedback.uuid(StrategyFeedback.param("id"));
        try {
            strategy = reading.strategy(id);
        } catch (Problem.NotFound e) {
            strategy = null;
            return;
        }
        refresh();
        title = strategy.getTitle();
        language = strategy.getLanguage();
        periodFrom = strategy.getPeriodFrom();
        periodTo = strategy.getPeriodTo();
        allowPublicComments = strategy.isAllowsPublicComments();
        strategyVersion = strategy.getVersion();
        consultationStart = LocalDate.now();
        consultationEnd = LocalDate.now().plusWeeks(4);
        adoptedAt = LocalDate.now();
    }

    private void refresh() {
        draft = reading.openDraft(strategy).orElse(null);
        contents = draft == null ? null : reading.contents(draft);
        sections = contents == null ? List.of() : contents.outline().stream().map(SectionForm::new).toList();
        if (contents != null) {
            SectionPlacement placement = new SectionPlacement(contents.sections());
            Map<UUID, String> labels = new java.util.LinkedHashMap<>();
            contents.outline().forEach(e -> labels.put(e.section().getId(), e.number() + " " + e.section().getHeading()));
            for (SectionForm form : sections) {
                Section section = contents.sections().stream().filter(x -> x.getId().equals(form.getId())).findFirst().orElseThrow();
                java.util.Set<UUID> allowed = placement.possibleParents(section).stream().map(Section::getId)
                        .collect(java.util.stream.Collectors.toSet());
                form.parentChoices = labels.entrySet().stream().filter(l -> allowed.contains(l.getKey()))
                        .map(l -> new ParentChoice(l.getKey(), l.getValue())).toList();
            }
        }
        goals = contents == null ? List.of() : contents.goals().stream().map(GoalForm::new).toList();
    }

    /** Only the strategy's council (and platform administrators) edit; others get 403, or 404 if they may not see it. */
    public void load() {
        if (!user.isAuthenticated()) {
            StrategyFeedback.redirect("/login.xhtml?next=" + URLEncoder.encode("/strategy/edit.xhtml?id="
                    + StrategyFeedback.param("id"), StandardCharsets.UTF_8));
            return;
        }
        if (strategy == null || !reading.mayReadDrafts(strategy)) {
            StrategyFeedback.sendError(404);
            return;
        }
        if (!reading.mayWrite(strategy)) {
            StrategyFeedback.sendError(403);
        }
    }

    // ---- actions

    public String describe() {
        return act(() -> drafting.describe(strategy.getId(), strategyVersion, title, language, periodFrom, periodTo, allowPublicComments),
                "describe", "saved.description");
    }

    public String startConsultation() {
        return act(() -> drafting.startConsultation(strategy.getId(), strategyVersion, consultationStart, consultationEnd),
                "consultation", "saved.consultation");
    }

    public String closeConsultation() {
        return act(() -> drafting.closeConsultation(strategy.getId(), strategyVersion), "lifecycle", "saved.consultationClosed");
    }

    public String adopt() {
        return act(() -> drafting.adopt(strategy.getId(), strategyVersion, adoptedAt, adoptingBody, decisionReference),
                "adoption", "saved.adopted");
    }

    public String startRevision() {
        return act(() -> drafting.startRevision(strategy.getId(), strategyVersion), "lifecycle", "saved.revision");
    }

    public String addSection() {
        return act(() -> drafting.addSection(strategy.getId(), StrategyFeedback.uuid(newParent), newHeading, ""),
                "newSection", "saved.sectionAdded");
    }

    public String saveSection(SectionForm form) {
        return onSection(form, () -> drafting.saveSection(form.getId(), form.getVersion(), form.getHeading(), form.getBody()),
                "saved.section");
    }

    /** One place up or down; refused like a stale save when someone changed the section meanwhile. */
    public String moveSection(SectionForm form, int step) {
        return onSection(form, () -> drafting.moveSection(form.getId(), form.getVersion(), step), "saved.sectionMoved");
    }

    /** Under the section chosen in the form (or to the top level). */
    public String placeSection(SectionForm form) {
        if (form.getNewParent() != null && !form.getNewParent().isBlank() && StrategyFeedback.uuid(form.getNewParent()) == null) {
            StrategyFeedback.problem(new Problem.Invalid("parentId", "Choose a section of this draft."),
                    Map.of("parentId", "s_" + form.getId() + ":parent"), null);
            return null;
        }
        return onSection(form, () -> drafting.placeSection(form.getId(), form.getVersion(), StrategyFeedback.uuid(form.getNewParent())),
                "saved.sectionPlaced");
    }

    /** Runs a change of one section; a stale version or a refusal is shown on the page, success confirmed with the heading. */
    private String onSection(SectionForm form, Runnable action, String doneKey) {
        try {
            action.run();
        } catch (StaleSection stale) {
            // the user's text stays in the form; the newer text is shown beside it, and saving
            // again (after merging) applies to the newer version
            form.newerHeading = stale.currentHeading();
            form.newerBody = stale.currentBody();
            form.version = stale.currentVersion();
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, StrategyFeedback.text("stale.section"), null));
            return null;
        } catch (Problem p) {
            StrategyFeedback.problem(p, Map.of("parentId", "s_" + form.getId() + ":parent"), null);
            return null;
        }
        StrategyFeedback.success(doneKey, form.getHeading());
        return self();
    }

    /** Clears a review flag of a measure (the council has looked at it), with an optional note. */
    public String clearFlag() {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            reviewFlags.clear(strategy.getId(), StrategyFeedback.uuid(sent.get("flag")), sent.get("note"));
        } catch (Problem p) {
            StrategyFeedback.problem(p, Map.of(), null);
            return null;
        }
        StrategyFeedback.success("saved.flagCleared");
        return self();
    }

    public String removeSection(SectionForm form) {
        return act(() -> drafting.removeSection(form.getId(), form.getVersion()), null, "saved.sectionRemoved");
    }

    public String addGoal() {
        return act(() -> drafting.addGoal(strategy.getId(), newGoalTitle, newGoalDescription), "newGoal", "saved.goalAdded");
    }

    public String saveGoal(GoalForm form) {
        return act(() -> drafting.saveGoal(form.getId(), form.getVersion(), form.getTitle(), form.getDescription()), null, "saved.goal");
    }

    public String removeGoal(GoalForm form) {
        return act(() -> drafting.removeGoal(form.getId(), form.getVersion()), null, "saved.goalRemoved");
    }

    public String removeMeasure(Measure m) {
        return act(() -> drafting.removeMeasure(m.getId(), m.getVersion()), null, "saved.measureRemoved");
    }

    public String removeIndicator(Indicator i) {
        return act(() -> drafting.removeIndicator(i.getId(), i.getVersion()), null, "saved.indicatorRemoved");
    }

    private String act(Runnable action, String form, String doneKey) {
        try {
            action.run();
        } catch (Problem p) {
            String prefix = form == null ? null : form + ":";
            StrategyFeedback.problem(p, prefix == null ? Map.of() : Map.ofEntries(
                    Map.entry("title", prefix + "title"), Map.entry("language", prefix + "language"),
                    Map.entry("periodFrom", prefix + "periodFrom"), Map.entry("periodTo", prefix + "periodTo"),
                    Map.entry("consultationStart", prefix + "start"), Map.entry("consultationEnd", prefix + "end"),
                    Map.entry("adoptedAt", prefix + "adoptedAt"), Map.entry("adoptingBody", prefix + "adoptingBody"),
                    Map.entry("decisionReference", prefix + "decisionReference"), Map.entry("heading", prefix + "heading"),
                    Map.entry("parentId", prefix + "parent")), null);
            return null;
        }
        StrategyFeedback.success(doneKey);
        return self();
    }

    private String self() {
        return "/strategy/edit.xhtml?faces-redirect=true&id=" + strategy.getId();
    }

    // ---- what the page shows

    public Strategy getStrategy() {
        return strategy;
    }

    public StrategyVersion getDraft() {
        return draft;
    }

    public VersionContents getContents() {
        return contents;
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    public List<GoalForm> getGoals() {
        return goals;
    }

    public boolean isEditable() {
        return draft != null && strategy.getStatus().editable();
    }

    public String statusText() {
        return StrategyFeedback.text("status." + strategy.getStatus().name());
    }

    public String goalTitle(UUID goalId) {
        Goal g = goalId == null || contents == null ? null : contents.goal(goalId);
        return g == null ? "" : g.getTitle();
    }

    /** The measure's open review flags, each with the withdrawn service or closed need behind it. */
    public List<MeasureLinking.FlagDetail> flagsOf(Measure m) {
        if (flags == null) {
            try {
                flags = strategy == null ? Map.of() : linking.openFlagsByMeasure(strategy.getId(), StrategyFeedback.language());
            } catch (Problem p) {
                flags = Map.of();
            }
        }
        return flags.getOrDefault(m.getLineageId(), List.of());
    }

    public String flagReason(MeasureLinking.FlagDetail f) {
        return Pages.text("consultation", "flag." + f.flag().reason().name());
    }

    public String measureStatus(Measure m) {
        return StrategyFeedback.text("measureStatus." + m.getStatus().name());
    }

    // ---- form fields

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isAllowPublicComments() {
        return allowPublicComments;
    }

    public void setAllowPublicComments(boolean allowPublicComments) {
        this.allowPublicComments = allowPublicComments;
    }

    public long getStrategyVersion() {
        return strategyVersion;
    }

    public void setStrategyVersion(long strategyVersion) {
        this.strategyVersion = strategyVersion;
    }

    public LocalDate getConsultationStart() {
        return consultationStart;
    }

    public void setConsultationStart(LocalDate consultationStart) {
        this.consultationStart = consultationStart;
    }

    public LocalDate getConsultationEnd() {
        return consultationEnd;
    }

    public void setConsultationEnd(LocalDate consultationEnd) {
        this.consultationEnd = consultationEnd;
    }

    public LocalDate getAdoptedAt() {
        return adoptedAt;
    }

    public void setAdoptedAt(LocalDate adoptedAt) {
        this.adoptedAt = adoptedAt;
    }

    public String getAdoptingBody() {
        return adoptingBody;
    }

    public void setAdoptingBody(String adoptingBody) {
        this.adoptingBody = adoptingBody;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public String getNewHeading() {
        return newHeading;
    }

    public void setNewHeading(String newHeading) {
        this.newHeading = newHeading;
    }

    public String getNewParent() {
        return newParent;
    }

    public void setNewParent(String newParent) {
        this.newParent = newParent;
    }

    public String getNewGoalTitle() {
        return newGoalTitle;
    }

    public void setNewGoalTitle(String newGoalTitle) {
        this.newGoalTitle = newGoalTitle;
    }

    public String getNewGoalDescription() {
        return newGoalDescription;
    }

    public void setNewGoalDescription(String newGoalDescription) {
        this.newGoalDescription = newGoalDescription;
    }
}
