package eu.convivio.training.ui;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.application.CourseCatalogue;
import eu.convivio.training.application.CourseForm;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseFormat;
import eu.convivio.training.domain.CourseStatus;
import eu.convivio.training.domain.LearningObjective;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The course editor: a new draft or a change to a course of the trainer's municipality, with what
 * the API takes: topics, target departments and roles, trainers, prerequisites and the title and
 * description in any number of further languages (rows added and removed on the page, so the
 * bean lives as long as the view). The version the form was opened at travels with it; a stale
 * save is refused with a message and the form keeps what was typed. Learning objectives are one
 * per line; a line keeps the id of the objective that stood on it, so rewording keeps
 * self-assessments attached.
 */
@Named
@ViewScoped
public class CourseEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "course:";
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("title", FORM + "title"), Map.entry("description", FORM + "description"),
            Map.entry("language", FORM + "language"), Map.entry("format", FORM + "format"),
            Map.entry("hours", FORM + "hours"), Map.entry("minAttendanceShare", FORM + "share"),
            Map.entry("approval", FORM + "approval"), Map.entry("topics", FORM + "topics"),
            Map.entry("objectives", FORM + "objectives"), Map.entry("trainers", FORM + "trainers"),
            Map.entry("targetDepartments", FORM + "departments"), Map.entry("targetRoles", FORM + "roles"),
            Map.entry("prerequisites", FORM + "prerequisites"));

    /** The roles a course may be meant for, in the order the form lists them. */
    private static final List<Role> TARGET_ROLES = List.of(Role.LEARNER, Role.OFFICER, Role.TRAINER, Role.MUNICIPAL_ADMIN,
            Role.COUNCIL, Role.PROVIDER_EDITOR);

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private CurrentUser user;

    @Inject
    private Themes themes;

    @Inject
    private StaffDirectory staff;

    private UUID id;
    private UUID owner;
    private CourseStatus status;
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
    private List<UUID> objectiveIds = List.of();
    private List<String> trainers = new ArrayList<>();
    private List<String> departments = new ArrayList<>();
    private List<String> roles = new ArrayList<>(List.of(Role.LEARNER.name(), Role.OFFICER.name()));
    private List<String> prerequisites = new ArrayList<>();
    private final List<Translation> translations = new ArrayList<>();

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
            owner = user.selectedMunicipality().filter(user.municipalities(Role.TRAINER)::contains)
                    .or(() -> user.municipalities(Role.TRAINER).stream().findFirst()).orElse(null);
            if (owner == null) {
                TrainingFeedback.sendError(403);
                return;
            }
            user.accountId().ifPresent(a -> trainers.add(a.toString()));
            return;
        }
        Course course;
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
        owner = c.getMunicipalityId();
        status = c.getStatus();
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
        objectiveIds = c.getObjectives().stream().map(LearningObjective::getId).toList();
        trainers = new ArrayList<>(c.getTrainers().stream().map(UUID::toString).toList());
        departments = new ArrayList<>(c.getTargetDepartments().stream().map(UUID::toString).toList());
        roles = new ArrayList<>(c.getTargetRoles().stream().map(Enum::name).toList());
        prerequisites = new ArrayList<>(c.getPrerequisites().stream().map(UUID::toString).toList());
        translations.clear();
        c.getTranslations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> translations.add(new Translation(e.getKey(), e.getValue().getTitle(), e.getValue().getDescription())));
    }

    public String save() {
        List<CourseForm.ObjectiveForm> objectiveForms = new ArrayList<>();
        List<String> lines = objectives == null ? List.of()
                : Arrays.stream(objectives.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            objectiveForms.add(new CourseForm.ObjectiveForm(i < objectiveIds.size() ? objectiveIds.get(i) : null, lines.get(i)));
        }
        CourseForm form = new CourseForm(title, description, language, format, hours, share, finalAssessment, approval, topics,
                ids(departments), roles, objectiveForms, ids(trainers), ids(prerequisites),
                translations.stream().map(t -> new CourseForm.TranslationForm(t.getLanguage(), t.getTitle(), t.getDescription())).toList());
        Course saved;
        try {
            saved = id == null ? catalogue.create(owner, form) : catalogue.update(id, version, form);
        } catch (Problem p) {
            TrainingFeedback.problem(p, inputs());
            return null;
        }
        TrainingFeedback.success("course.saved", saved.getTitle());
        return "/training/course.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /** The form's inputs by the field names the catalogue reports, one set per translation row. */
    private Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>(INPUTS);
        for (int i = 0; i < translations.size(); i++) {
            for (String field : List.of("language", "title", "description")) {
                inputs.put("translations[" + i + "]." + field, FORM + "translations:" + i + ":" + field);
            }
        }
        return inputs;
    }

    /** Ids as the checkboxes send them; a value that is not an id is sent on as one that names no record, to be refused. */
    private static List<UUID> ids(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(v -> {
            UUID parsed = TrainingFeedback.parse(v);
            return parsed != null ? parsed : new UUID(0, 0);
        }).distinct().toList();
    }

    public String publish() {
        try {
            catalogue.publish(id, version);
        } catch (Problem p) {
            TrainingFeedback.problem(p, inputs());
            return null;
        }
        TrainingFeedback.success("course.published");
        return "/training/course.xhtml?faces-redirect=true&id=" + id;
    }

    public void addTranslation() {
        translations.add(new Translation("", "", ""));
    }

    public void removeTranslation(Translation row) {
        translations.remove(row);
    }

    public List<Translation> getTranslations() {
        return translations;
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public String themeName(Theme t) {
        return t.name(TrainingFeedback.language());
    }

    /** Trainers of the course's municipality, and those already named on the course. */
    public List<StaffMember> getTrainerChoices() {
        Map<UUID, StaffMember> choices = new LinkedHashMap<>();
        if (owner != null) {
            catalogue.trainers(owner).forEach(t -> choices.put(t.accountId(), t));
        }
        List<UUID> named = trainers.stream().map(TrainingFeedback::parse).filter(Objects::nonNull)
                .filter(t -> !choices.containsKey(t)).toList();
        choices.putAll(staff.members(named));
        return choices.values().stream().sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    public List<DepartmentSummary> getDepartmentChoices() {
        return owner == null ? List.of() : catalogue.departments(owner);
    }

    public List<Role> getRoleChoices() {
        return TARGET_ROLES;
    }

    public String roleName(Role role) {
        return TrainingFeedback.text("role.value." + role.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Courses that may be required first, and those the course requires now even if no longer offered. */
    public List<Course> getPrerequisiteChoices() {
        Map<UUID, Course> choices = new LinkedHashMap<>();
        catalogue.prerequisiteChoices(id).forEach(c -> choices.put(c.getId(), c));
        List<UUID> named = prerequisites.stream().map(TrainingFeedback::parse).filter(Objects::nonNull)
                .filter(p -> !choices.containsKey(p)).toList();
        catalogue.byId(new java.util.HashSet<>(named)).values().forEach(c -> choices.put(c.getId(), c));
        String lang = TrainingFeedback.language();
        return choices.values().stream().sorted(Comparator.comparing((Course c) -> c.title(lang))).toList();
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
        return status == CourseStatus.DRAFT;
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

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites;
    }

    /** A row of the form: the title and description in one further language. */
    public static final class Translation implements Serializable {

        private static final long serialVersionUID = 1L;

        private String language;
        private String title;
        private String description;

        Translation(String language, String title, String description) {
            this.language = language;
            this.title = title;
            this.description = description;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
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
    }
}
