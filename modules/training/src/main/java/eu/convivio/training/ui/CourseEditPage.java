package eu.convivio.training.ui;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.CourseCatalogue;
import eu.convivio.training.application.CourseForm;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseFormat;
import eu.convivio.training.domain.CourseText;
import eu.convivio.training.domain.LearningObjective;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The course editor: a new draft or a change to a course of the trainer's municipality. The
 * version the form was opened at travels with it; a stale save is refused with a message and the
 * form keeps what was typed. Learning objectives are one per line; a line keeps the id of the
 * objective that stood on it, so rewording keeps self-assessments attached.
 */
@Named
@RequestScoped
public class CourseEditPage {

    private static final String FORM = "course:";
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("title", FORM + "title"), Map.entry("description", FORM + "description"),
            Map.entry("language", FORM + "language"), Map.entry("format", FORM + "format"),
            Map.entry("hours", FORM + "hours"), Map.entry("minAttendanceShare", FORM + "share"),
            Map.entry("approval", FORM + "approval"), Map.entry("topics", FORM + "topics"),
            Map.entry("objectives", FORM + "objectives"), Map.entry("trainers", FORM + "trainers"),
            Map.entry("translations", FORM + "title-el"));

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private CurrentUser user;

    @Inject
    private Themes themes;

    @Inject
    private StaffDirectory staff;

    private UUID id;
    private Course course;
    private long version;
    private String title;
    private String description;
    private String language = "en";
    private String format = CourseFormat.IN_PERSON.name();
    private BigDecimal hours;
    private BigDecimal share = new BigDecimal("0.75");
    private boolean finalAssessment;
    private String approval = Approval.MANAGER.name();
    private List<String> topics = new ArrayList<>();
    private String objectives;
    private List<String> trainers = new ArrayList<>();
    private String titleEl;
    private String titleBg;
    private String titleSk;

    @PostConstruct
    void readId() {
        id = TrainingFeedback.parse(TrainingFeedback.param("id"));
    }

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        if (TrainingFeedback.signInFirst(user.isAuthenticated(), "/training/course.xhtml" + (id == null ? "" : "?id=" + id))) {
            return;
        }
        if (id == null) {
            if (user.municipalities(Role.TRAINER).isEmpty() && !user.isPlatformAdmin()) {
                TrainingFeedback.sendError(403);
                return;
            }
            user.accountId().ifPresent(a -> trainers.add(a.toString()));
            return;
        }
        try {
            course = catalogue.course(id);
        } catch (Problem.NotFound e) {
            TrainingFeedback.sendError(404);
            return;
        }
        if (!catalogue.editable(course)) {
            TrainingFeedback.sendError(403);
            return;
        }
        fill(course);
    }

    private void fill(Course c) {
        version = c.getVersion();
        title = c.getTitle();
        description = c.getDescription();
        language = c.getLanguage();
        format = c.getFormat().name();
        hours = c.getHours();
        share = c.getCompletionRule().getMinAttendanceShare();
        finalAssessment = c.getCompletionRule().isFinalAssessmentRequired();
        approval = c.getApproval().name();
        topics = new ArrayList<>(c.getTopics());
        objectives = String.join("\n", c.getObjectives().stream().map(LearningObjective::getText).toList());
        trainers = new ArrayList<>(c.getTrainers().stream().map(UUID::toString).toList());
        Map<String, CourseText> t = c.getTranslations();
        titleEl = t.containsKey("el") ? t.get("el").getTitle() : null;
        titleBg = t.containsKey("bg") ? t.get("bg").getTitle() : null;
        titleSk = t.containsKey("sk") ? t.get("sk").getTitle() : null;
    }

    public String save() {
        List<CourseForm.ObjectiveForm> objectiveForms = new ArrayList<>();
        List<LearningObjective> existing = id == null ? List.of() : catalogue.course(id).getObjectives();
        List<String> lines = objectives == null ? List.of() : Arrays.stream(objectives.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            objectiveForms.add(new CourseForm.ObjectiveForm(i < existing.size() ? existing.get(i).getId() : null, lines.get(i)));
        }
        List<CourseForm.TranslationForm> translations = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("el", titleEl);
        titles.put("bg", titleBg);
        titles.put("sk", titleSk);
        Map<String, CourseText> before = id == null ? Map.of() : catalogue.course(id).getTranslations();
        titles.forEach((lang, t) -> {
            if (t != null && !t.isBlank()) {
                CourseText old = before.get(lang);
                translations.add(new CourseForm.TranslationForm(lang, t, old == null ? null : old.getDescription()));
            }
        });
        CourseForm form = new CourseForm(title, description, language, format, hours, share, finalAssessment, approval, topics,
                id == null ? List.of() : List.copyOf(catalogue.course(id).getTargetDepartments()),
                id == null ? List.of(Role.LEARNER.name(), Role.OFFICER.name())
                        : catalogue.course(id).getTargetRoles().stream().map(Enum::name).toList(),
                objectiveForms, trainers.stream().map(TrainingFeedback::parse).filter(java.util.Objects::nonNull).toList(),
                id == null ? List.of() : List.copyOf(catalogue.course(id).getPrerequisites()), translations);
        Course saved;
        try {
            saved = id == null ? catalogue.create(null, form) : catalogue.update(id, version, form);
        } catch (Problem p) {
            TrainingFeedback.problem(p, INPUTS);
            return null;
        }
        TrainingFeedback.success("course.saved", saved.getTitle());
        return "/training/course.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public String publish() {
        try {
            catalogue.publish(id, version);
        } catch (Problem p) {
            TrainingFeedback.problem(p, INPUTS);
            return null;
        }
        TrainingFeedback.success("course.published");
        return "/training/course.xhtml?faces-redirect=true&id=" + id;
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public String themeName(Theme t) {
        return t.name(TrainingFeedback.language());
    }

    /** Trainers of the municipalities where the user trains (and those already named on the course). */
    public List<StaffMember> getTrainerChoices() {
        Map<UUID, StaffMember> choices = new LinkedHashMap<>();
        var where = course != null ? List.of(course.getMunicipalityId()) : List.copyOf(user.municipalities(Role.TRAINER));
        for (UUID m : where) {
            staff.holders(m, Role.TRAINER).forEach(t -> choices.put(t.accountId(), t));
        }
        trainers.stream().map(TrainingFeedback::parse).filter(java.util.Objects::nonNull)
                .filter(t -> !choices.containsKey(t)).forEach(t -> staff.member(t).ifPresent(m -> choices.put(t, m)));
        return choices.values().stream().sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    public List<CourseFormat> getFormats() {
        return List.of(CourseFormat.values());
    }

    public List<Approval> getApprovals() {
        return List.of(Approval.values());
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isDraft() {
        return course != null ? course.getStatus() == eu.convivio.training.domain.CourseStatus.DRAFT
                : id != null && catalogue.course(id).getStatus() == eu.convivio.training.domain.CourseStatus.DRAFT;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public BigDecimal getShare() {
        return share;
    }

    public void setShare(BigDecimal share) {
        this.share = share;
    }

    public boolean isFinalAssessment() {
        return finalAssessment;
    }

    public void setFinalAssessment(boolean finalAssessment) {
        this.finalAssessment = finalAssessment;
    }

    public String getApproval() {
        return approval;
    }

    public void setApproval(String approval) {
        this.approval = approval;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public List<String> getTrainers() {
        return trainers;
    }

    public void setTrainers(List<String> trainers) {
        this.trainers = trainers;
    }

    public String getTitleEl() {
        return titleEl;
    }

    public void setTitleEl(String titleEl) {
        this.titleEl = titleEl;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public void setTitleBg(String titleBg) {
        this.titleBg = titleBg;
    }

    public String getTitleSk() {
        return titleSk;
    }

    public void setTitleSk(String titleSk) {
        this.titleSk = titleSk;
    }
}
