package eu.convivio.training.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A course keeps its learning objectives' ids across edits and falls back to its own language. */
class CourseTest {

    @Test
    void objectivesKeepTheirIdsWhenRewordedAndReordered() {
        Course course = new Course(UUID.randomUUID(), UUID.randomUUID(),
                TrainingFixtures.content("Working with interpreters", Approval.TRAINER, new BigDecimal("0.75"), false), UUID::randomUUID);
        LearningObjective first = course.getObjectives().get(0);
        LearningObjective second = course.getObjectives().get(1);
        CourseContent c = TrainingFixtures.content("Working with interpreters", Approval.TRAINER, new BigDecimal("0.75"), false);
        course.write(new CourseContent(c.title(), c.description(), c.language(), c.format(), c.hours(), c.completionRule(), c.approval(),
                c.topics(), c.targetDepartments(), c.targetRoles(),
                List.of(new Objective(second.getId(), "Run a three-way conversation calmly"), new Objective(null, "Debrief")),
                c.trainers(), c.prerequisites(), c.translations()), UUID::randomUUID);
        assertThat(course.getObjectives()).extracting(LearningObjective::getId).startsWith(second.getId()).doesNotContain(first.getId());
        assertThat(course.getObjectives()).extracting(LearningObjective::getText).containsExactly("Run a three-way conversation calmly", "Debrief");
    }

    @Test
    void anObjectiveOfAnotherCourseIsRefused() {
        Course course = new Course(UUID.randomUUID(), UUID.randomUUID(),
                TrainingFixtures.content("X", Approval.TRAINER, BigDecimal.ONE, false), UUID::randomUUID);
        CourseContent c = TrainingFixtures.content("X", Approval.TRAINER, BigDecimal.ONE, false);
        CourseContent foreign = new CourseContent(c.title(), c.description(), c.language(), c.format(), c.hours(), c.completionRule(),
                c.approval(), c.topics(), c.targetDepartments(), c.targetRoles(), List.of(new Objective(UUID.randomUUID(), "?")),
                c.trainers(), c.prerequisites(), c.translations());
        assertThatThrownBy(() -> course.write(foreign, UUID::randomUUID)).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void titlesFallBackToTheCoursesLanguageAndArchivedCoursesTakeNoSessions() {
        Course course = TrainingFixtures.course(UUID.randomUUID(), Approval.AUTOMATIC);
        assertThat(course.title("sk")).isEqualTo("Práca s tlmočníkmi");
        assertThat(course.title("bg")).isEqualTo("Working with interpreters");
        course.archive();
        assertThatThrownBy(course::requirePlannable).isInstanceOf(Problem.Conflict.class);
    }
}
