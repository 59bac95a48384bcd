package eu.convivio.training.application;

import eu.convivio.platform.testing.TestPersistence;
import eu.convivio.training.api.CourseSummary;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.AttendanceStatus;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.Learner;
import eu.convivio.training.domain.TrainingFixtures;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules read published courses and per-department completions through CourseDirectory. */
class TrainingCourseDirectoryTest {

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-training-test"), work);
    }

    @Test
    void completionsCountDistinctLearnersOfTheDepartmentWhoCompleted() {
        UUID town = UUID.randomUUID();
        UUID frontOffice = UUID.randomUUID();
        UUID housing = UUID.randomUUID();
        UUID trainer = UUID.randomUUID();
        UUID courseId = inTransaction(em -> {
            Course course = TrainingFixtures.course(town, Approval.AUTOMATIC);
            em.persist(course);
            LocalDate day = LocalDate.now().minusDays(1);
            CourseSession s = new CourseSession(UUID.randomUUID(), course, town,
                    TrainingFixtures.plan(5, trainer, Approval.AUTOMATIC, Instant.now().minusSeconds(86400 * 3), false, day), UUID::randomUUID);
            s.open();
            em.persist(s);
            List<Enrolment> enrolments = new ArrayList<>();
            Instant at = Instant.now().minusSeconds(86400 * 2);
            for (UUID department : List.of(frontOffice, frontOffice, housing, frontOffice)) {
                Enrolment e = s.request(UUID.randomUUID(), course, new Learner(UUID.randomUUID(), town, department, Set.of()), enrolments, at);
                enrolments.add(e);
                em.persist(e);
            }
            s.complete(enrolments, day.plusDays(1), Instant.now());
            // three attended, the last front-office learner did not
            for (int i = 0; i < 3; i++) {
                s.evaluate(course, enrolments.get(i), List.of(AttendanceStatus.PRESENT), Instant.now());
            }
            s.evaluate(course, enrolments.get(3), List.of(AttendanceStatus.ABSENT), Instant.now());
            return course.getId();
        });
        int front = inTransaction(em -> new TrainingCourseDirectory(em).completions(frontOffice, courseId));
        int housed = inTransaction(em -> new TrainingCourseDirectory(em).completions(housing, courseId));
        int none = inTransaction(em -> new TrainingCourseDirectory(em).completions(UUID.randomUUID(), courseId));
        assertThat(front).isEqualTo(2);
        assertThat(housed).isEqualTo(1);
        assertThat(none).isZero();

        CourseSummary summary = inTransaction(em -> new TrainingCourseDirectory(em).find(courseId)).orElseThrow();
        assertThat(summary.topicCodes()).containsExactly("interpretation");
        List<CourseSummary> interpretation = inTransaction(em -> new TrainingCourseDirectory(em).courses("interpretation"));
        List<CourseSummary> housingCourses = inTransaction(em -> new TrainingCourseDirectory(em).courses("housing"));
        assertThat(interpretation).extracting(CourseSummary::id).contains(courseId);
        assertThat(housingCourses).extracting(CourseSummary::id).doesNotContain(courseId);
    }
}
