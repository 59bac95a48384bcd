package eu.convivio.training.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.Course;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the course editor and the API send, checked on embedded PostgreSQL: target departments of
 * the course's municipality, trainers who train there, prerequisites without circles, translation
 * rows named by their position; a refused course stores nothing.
 */
class CourseCatalogueTest {

    private final RecordsWorld world = new RecordsWorld("IN_PERSON");
    private final RecordsWorld elsewhere = new RecordsWorld("IN_PERSON");

    private static final Themes THEMES = new Themes() {
        private final List<Theme> all = List.of(new Theme(UUID.randomUUID(), "interpretation", Map.of("en", "Interpretation")));

        public List<Theme> all() {
            return all;
        }

        public Optional<Theme> byCode(String code) {
            return all.stream().filter(t -> t.code().equals(code)).findFirst();
        }
    };

    CourseCatalogueTest() {
        RecordsWorld.sql("INSERT INTO platform.membership (id, account_id, municipality_id, role) VALUES (?, ?, ?, 'TRAINER')",
                UUID.randomUUID(), world.trainer, world.municipality);
    }

    private CourseCatalogue catalogue(EntityManager em) {
        CurrentUser user = RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER);
        return new CourseCatalogue(em, RecordsWorld.access(user), user, THEMES, RecordsWorld.directory(), RecordsWorld.staffDirectory());
    }

    private static CourseForm form(String title, List<UUID> departments, List<UUID> trainers, List<UUID> prerequisites,
                                   List<CourseForm.TranslationForm> translations) {
        return new CourseForm(title, "Briefing, seating, ethics.", "en", "IN_PERSON", new BigDecimal("6"), new BigDecimal("0.75"),
                false, "AUTOMATIC", List.of("interpretation"), departments, List.of("officer"),
                List.of(new CourseForm.ObjectiveForm(null, "Brief an interpreter")), trainers, prerequisites, translations);
    }

    private Course create(CourseForm form) {
        return RecordsWorld.tx(em -> catalogue(em).create(world.municipality, form));
    }

    private long courses() {
        return (Long) RecordsWorld.query("SELECT count(*) FROM training.course WHERE municipality_id = ?", world.municipality).get(0)[0];
    }

    @Test
    void aCourseKeepsItsTargetsTrainersAndTranslations() {
        Course c = create(form("Interpreters at the counter", List.of(world.department), List.of(world.trainer), List.of(),
                List.of(new CourseForm.TranslationForm("sk", "Tlmočníci pri prepážke", "Práca s tlmočníkmi."),
                        new CourseForm.TranslationForm("", " ", null))));
        assertThat(RecordsWorld.query("SELECT department_id FROM training.course_target_department WHERE course_id = ?", c.getId()))
                .extracting(r -> r[0]).containsExactly(world.department);
        assertThat(RecordsWorld.query("SELECT language, title, description FROM training.course_translation WHERE course_id = ?", c.getId()))
                .singleElement().satisfies(r -> assertThat(r).containsExactly("sk", "Tlmočníci pri prepážke", "Práca s tlmočníkmi."));
        assertThat(c.getTrainers()).containsExactly(world.trainer);
    }

    @Test
    void anotherMunicipalitysDepartmentAStrangerAsTrainerAndBadTranslationRowsAreRefusedTogether() {
        UUID learner = world.account("Not a trainer", "sk", world.department);
        long before = courses();
        assertThatThrownBy(() -> create(form("Elsewhere", List.of(elsewhere.department), List.of(world.trainer, learner), List.of(),
                List.of(new CourseForm.TranslationForm("el", " ", "Περιγραφή"),
                        new CourseForm.TranslationForm("en", "Same language", null),
                        new CourseForm.TranslationForm("sk", "Slovensky", null),
                        new CourseForm.TranslationForm("sk", "Znova", null)))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsOnlyKeys("targetDepartments", "trainers",
                        "translations[0].title", "translations[1].language", "translations[3].language"));
        assertThat(courses()).isEqualTo(before);
    }

    @Test
    void prerequisitesNeverGoRoundInACircle() {
        Course basics = create(form("Basics", List.of(), List.of(), List.of(), List.of()));
        Course advanced = create(form("Advanced", List.of(), List.of(), List.of(basics.getId()), List.of()));
        Course expert = create(form("Expert", List.of(), List.of(), List.of(advanced.getId()), List.of()));
        assertThatThrownBy(() -> RecordsWorld.tx(em -> catalogue(em).update(basics.getId(), basics.getVersion(),
                form("Basics", List.of(), List.of(), List.of(expert.getId()), List.of()))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsOnlyKeys("prerequisites"));
        assertThatThrownBy(() -> RecordsWorld.tx(em -> catalogue(em).update(basics.getId(), basics.getVersion(),
                form("Basics", List.of(), List.of(), List.of(UUID.randomUUID()), List.of()))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsOnlyKeys("prerequisites"));
        assertThat(RecordsWorld.query("SELECT count(*) FROM training.course_prerequisite WHERE course_id = ?", basics.getId()).get(0)[0])
                .isEqualTo(0L);
    }
}
