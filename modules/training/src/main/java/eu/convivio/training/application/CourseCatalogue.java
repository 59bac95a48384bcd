package eu.convivio.training.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.CompletionRule;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseContent;
import eu.convivio.training.domain.CourseFormat;
import eu.convivio.training.domain.CourseText;
import eu.convivio.training.domain.Objective;
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
        CourseContent content = check(null, form);
        Course c = new Course(UUID.randomUUID(), owner, content, UUID::randomUUID);
        em.persist(c);
        em.flush();
        return c;
    }

    public Course update(UUID id, long version, CourseForm form) {
        Course c = course(id);
        roles.requireEdit(c);
        c.expectVersion(version);
        c.write(check(c.getId(), form), UUID::randomUUID);
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

    /** Checks everything, reports every bad field at once; nothing is changed on failure. */
    CourseContent check(UUID self, CourseForm form) {
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
        if (trainers.isEmpty()) {
            user.accountId().ifPresent(trainers::add);
        }
        Set<UUID> prerequisites = new HashSet<>(CourseForm.orEmpty(form.prerequisites()));
        prerequisites.remove(null);
        if (self != null && prerequisites.contains(self)) {
            f.error("prerequisites", "A course cannot be its own prerequisite.");
        }
        if (!prerequisites.isEmpty() && new TrainingQueries(em).coursesById(prerequisites).size() != prerequisites.size()) {
            f.error("prerequisites", "A prerequisite is not a known course.");
        }
        Map<String, CourseText> translations = new HashMap<>();
        for (CourseForm.TranslationForm t : CourseForm.orEmpty(form.translations())) {
            if (t == null || (blank(t.title()) && blank(t.description()))) {
                continue;
            }
            if (t.language() == null || !Forms.LANGUAGE.matcher(t.language().strip()).matches()) {
                f.error("translations", "A translation needs a language tag such as el, bg or sk.");
            } else if (blank(t.title())) {
                f.error("translations", "The " + t.language() + " translation needs a title.");
            } else if (t.title().strip().length() > 300) {
                f.error("translations", "The " + t.language() + " title has at most 300 characters.");
            } else {
                translations.put(t.language().strip(), new CourseText(t.title().strip(), blank(t.description()) ? null : t.description().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return new CourseContent(title, description, language, format, hours,
                new CompletionRule(share, Boolean.TRUE.equals(form.finalAssessmentRequired())), approval, topics,
                withoutNull(form.targetDepartments()), targetRoles, objectives, trainers,
                prerequisites, translations);
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
