package eu.convivio.training.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.CompletionRule;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseContent;
import eu.convivio.training.domain.CourseFormat;
import eu.convivio.training.domain.CourseText;
import eu.convivio.training.domain.Objective;
import eu.convivio.training.domain.Prerequisites;
import eu.convivio.training.domain.TrainerChoice;
import eu.convivio.training.infrastructure.TrainingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The course catalogue's use cases: trainers write courses of their municipality as drafts and
 * publish them; every signed-in member of a municipality reads the published ones.
 */
@ApplicationScoped
@Transactional
public class CourseCatalogue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TrainingRoles roles;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Themes themes;

    @Inject
    private Directory directory;

    @Inject
    private StaffDirectory staff;

    public CourseCatalogue() {
    }

    /** For persistence tests. */
    CourseCatalogue(EntityManager em, Access access, CurrentUser user, Themes themes, Directory directory, StaffDirectory staff) {
        this.em = em;
        this.roles = new TrainingRoles(access, user);
        this.access = access;
        this.user = user;
        this.themes = themes;
        this.directory = directory;
        this.staff = staff;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Course> courses(String topic, int page, int size) {
        access.requireSignedIn();
        int offset = Page.offset(page, size);
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        Set<UUID> own = user.municipalities();
        var queries = new TrainingQueries(em);
        return new Page<>(queries.courses(own, user.isPlatformAdmin(), t, offset, size), page, size,
                queries.countCourses(own, user.isPlatformAdmin(), t));
    }

    /** A course the user may read; others are told it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Course course(UUID id) {
        access.requireSignedIn();
        Course c = id == null ? null : em.find(Course.class, id);
        if (c == null || !roles.canRead(c)) {
            throw new Problem.NotFound("No such course.");
        }
        return c;
    }

    /** A new draft; without a municipality, of the first one where the user is a trainer. */
    public Course create(UUID municipalityId, CourseForm form) {
        UUID owner = municipalityId != null ? municipalityId : user.selectedMunicipality()
                .filter(user.municipalities(Role.TRAINER)::contains)
                .or(() -> user.municipalities(Role.TRAINER).stream().findFirst())
                .orElseThrow(() -> new Problem.Forbidden("Only trainers write courses."));
        access.require(owner, Role.TRAINER);
        CourseContent content = check(null, owner, form);
        Course c = new Course(UUID.randomUUID(), owner, content, UUID::randomUUID);
        em.persist(c);
        em.flush();
        return c;
    }

    public Course update(UUID id, long version, CourseForm form) {
        Course c = course(id);
        roles.requireEdit(c);
        c.expectVersion(version);
        c.write(check(c, c.getMunicipalityId(), form), UUID::randomUUID);
        em.flush();
        return c;
    }

    public Course publish(UUID id, Long version) {
        Course c = course(id);
        roles.requireEdit(c);
        if (version != null) {
            c.expectVersion(version);
        }
        c.publish();
        em.flush();
        return c;
    }

    public Course archive(UUID id, Long version) {
        Course c = course(id);
        roles.requireEdit(c);
        if (version != null) {
            c.expectVersion(version);
        }
        c.archive();
        em.flush();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean editable(Course c) {
        return roles.canEdit(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Course> byId(Set<UUID> ids) {
        Map<UUID, Course> result = new HashMap<>();
        new TrainingQueries(em).coursesById(ids).forEach(c -> result.put(c.getId(), c));
        return result;
    }

    /** The departments a course of the municipality may be meant for, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentSummary> departments(UUID municipalityId) {
        return directory.departments(municipalityId).stream()
                .sorted(java.util.Comparator.comparing(DepartmentSummary::name)).toList();
    }

    /** Who may be named a trainer of a course of the municipality: its active trainers, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> trainers(UUID municipalityId) {
        return staff.holders(municipalityId, Role.TRAINER).stream().filter(StaffMember::active).toList();
    }

    /**
     * The courses the user may name as prerequisites of {@code self} (null for a new course): those
     * they can read, not archived, other than the course itself, by title.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Course> prerequisiteChoices(UUID self) {
        access.requireSignedIn();
        return new TrainingQueries(em).courses(user.municipalities(), user.isPlatformAdmin(), null, 0, 1000).stream()
                .filter(c -> !c.getId().equals(self))
                .filter(c -> c.getStatus() != eu.convivio.training.domain.CourseStatus.ARCHIVED)
                .toList();
    }

    /**
     * Checks everything, reports every bad field at once; nothing is changed on failure.
     *
     * @param existing the course being changed, null for a new one
     * @param owner    the municipality the course belongs to
     */
    CourseContent check(Course existing, UUID owner, CourseForm form) {
        UUID self = existing == null ? null : existing.getId();
        if (form == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Forms f = new Forms(errors);
        String title = f.text("title", form.title(), 300, true);
        String description = f.text("description", form.description(), 20_000, true);
        String language = f.text("language", form.language(), 35, true);
        if (language != null && !Forms.LANGUAGE.matcher(language).matches()) {
            f.error("language", "Use a language tag such as en, el, bg or sk.");
        }
        CourseFormat format = f.choice("format", form.format(), CourseFormat.class);
        BigDecimal hours = f.number("hours", form.hours(), new BigDecimal("0.5"), new BigDecimal("500"),
                "Hours are between 0.5 and 500.");
        BigDecimal share = f.number("minAttendanceShare", form.minAttendanceShare(), new BigDecimal("0.01"), BigDecimal.ONE,
                "The minimum attendance share is between 0.01 and 1 (for example 0.75 for three quarters of the days).");
        Approval approval = f.choice("approval", form.approval(), Approval.class);
        Set<String> topics = new LinkedHashSet<>();
        for (String code : CourseForm.orEmpty(form.topics())) {
            if (code == null || themes.byCode(code.strip()).isEmpty()) {
                f.error("topics", "Unknown topic '" + code + "'; use the codes of " + Themes.TAXONOMY + " such as "
                        + themes.all().stream().limit(3).map(Theme::code).toList() + ".");
            } else {
                topics.add(code.strip());
            }
        }
        if (topics.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("topics"))) {
            f.error("topics", "Choose at least one topic.");
        }
        Set<UUID> targetDepartments = withoutNull(form.targetDepartments());
        if (!targetDepartments.isEmpty()) {
            Set<UUID> known = new HashSet<>(directory.departments(owner).stream().map(DepartmentSummary::id).toList());
            if (!known.containsAll(targetDepartments)) {
                f.error("targetDepartments", "A target department is not a department of the course's municipality.");
            }
        }
        Set<Role> targetRoles = new HashSet<>();
        for (String role : CourseForm.orEmpty(form.targetRoles())) {
            Role r = f.choice("targetRoles", role, Role.class);
            if (r != null) {
                targetRoles.add(r);
            }
        }
        List<Objective> objectives = new ArrayList<>();
        for (CourseForm.ObjectiveForm o : CourseForm.orEmpty(form.objectives())) {
            if (o == null || o.text() == null || o.text().isBlank()) {
                continue;
            }
            if (o.text().strip().length() > 1000) {
                f.error("objectives", "A learning objective has at most 1000 characters.");
            }
            objectives.add(new Objective(o.id(), o.text().strip()));
        }
        if (objectives.isEmpty()) {
            f.error("objectives", "Give at least one learning objective.");
        }
        Set<UUID> trainers = new HashSet<>(CourseForm.orEmpty(form.trainers()));
        trainers.remove(null);
        Set<UUID> named = existing == null ? Set.of() : existing.getTrainers();
        Map<UUID, StaffMember> found = staff.members(trainers.stream().filter(t -> !named.contains(t)).toList());
        if (!TrainerChoice.allowed(trainers, named, Set.of(), t -> trainsIn(found.get(t), owner))) {
            f.error("trainers", "A trainer must be an active account with the trainer role in the course's municipality.");
        }
        if (trainers.isEmpty()) {
            user.accountId().ifPresent(trainers::add);
        }
        Set<UUID> prerequisites = new HashSet<>(CourseForm.orEmpty(form.prerequisites()));
        prerequisites.remove(null);
        if (self != null && prerequisites.contains(self)) {
            f.error("prerequisites", "A course cannot be its own prerequisite.");
        }
        List<Course> required = prerequisites.isEmpty() ? List.of() : new TrainingQueries(em).coursesById(prerequisites);
        if (required.size() != prerequisites.size() || !required.stream().allMatch(roles::canRead)) {
            f.error("prerequisites", "A prerequisite is not a known course.");
        } else if (Prerequisites.closeACircle(self, prerequisites,
                id -> { Course c = em.find(Course.class, id); return c == null ? Set.of() : c.getPrerequisites(); })) {
            f.error("prerequisites", "A prerequisite already requires this course, directly or through others: that would be a circle.");
        }
        Map<String, CourseText> translations = new HashMap<>();
        List<CourseForm.TranslationForm> rows = CourseForm.orEmpty(form.translations());
        for (int i = 0; i < rows.size(); i++) {
            CourseForm.TranslationForm t = rows.get(i);
            if (t == null || (blank(t.language()) && blank(t.title()) && blank(t.description()))) {
                continue;
            }
            String row = "translations[" + i + "].";
            String lang = blank(t.language()) ? null : t.language().strip();
            if (lang == null || !Forms.LANGUAGE.matcher(lang).matches()) {
                f.error(row + "language", "A translation needs a language tag such as el, bg or sk.");
            } else if (lang.equals(language)) {
                f.error(row + "language", "The course is written in " + lang + ": a translation is in another language.");
            } else if (translations.containsKey(lang)) {
                f.error(row + "language", "There is already a translation in " + lang + ".");
            }
            String translatedTitle = f.text(row + "title", t.title(), 300, false);
            if (translatedTitle == null) {
                f.error(row + "title", "A translation needs a title" + (lang == null ? "." : " in " + lang + "."));
            }
            String translatedDescription = f.text(row + "description", t.description(), 20_000, false);
            if (lang != null && translatedTitle != null) {
                translations.putIfAbsent(lang, new CourseText(translatedTitle, translatedDescription));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return new CourseContent(title, description, language, format, hours,
                new CompletionRule(share, Boolean.TRUE.equals(form.finalAssessmentRequired())), approval, topics,
                targetDepartments, targetRoles, objectives, trainers,
                prerequisites, translations);
    }

    static boolean trainsIn(StaffMember member, UUID municipalityId) {
        return member != null && member.active() && member.holds(municipalityId, Role.TRAINER);
    }

    private static Set<UUID> withoutNull(List<UUID> ids) {
        Set<UUID> set = new HashSet<>(CourseForm.orEmpty(ids));
        set.remove(null);
        return set;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
