package eu.convivio.strategy.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    private static final UUID DEPARTMENT = UUID.randomUUID();
    private static final UUID NEED_A = UUID.randomUUID();
    private static final UUID NEED_B = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID COURSE_DONE = UUID.randomUUID();
    private static final UUID COURSE_MISSING = UUID.randomUUID();

    private static Coverage.MeasureLinks measure(String title, MeasureStatus status, UUID department, Set<UUID> needs,
                                                 Set<UUID> services, Set<UUID> courses) {
        return new Coverage.MeasureLinks(UUID.randomUUID(), title, status, department, needs, services, courses);
    }

    private static final Map<UUID, Integer> COMPLETED = Map.of(COURSE_DONE, 3);

    private static Coverage.Result of(List<UUID> needs, Coverage.MeasureLinks... measures) {
        return Coverage.of(needs, List.of(measures), (department, course) ->
                DEPARTMENT.equals(department) ? COMPLETED.getOrDefault(course, 0) : 0);
    }

    @Test
    void aSeriousNeedIsCoveredOnlyByAMeasureThatIsNotDropped() {
        Coverage.Result result = of(List.of(NEED_A, NEED_B),
                measure("Active", MeasureStatus.IN_PROGRESS, DEPARTMENT, Set.of(NEED_A), Set.of(SERVICE), Set.of()),
                measure("Dropped", MeasureStatus.DROPPED, DEPARTMENT, Set.of(NEED_B), Set.of(), Set.of()));

        assertThat(result.needsWithoutMeasure()).containsExactly(NEED_B);
        assertThat(result.measuresWithoutService()).isEmpty();
    }

    @Test
    void measuresWithoutAnOfferedServiceAreListed() {
        Coverage.Result result = of(List.of(),
                measure("Delivered", MeasureStatus.PLANNED, DEPARTMENT, Set.of(), Set.of(SERVICE), Set.of()),
                measure("Nobody delivers", MeasureStatus.PLANNED, DEPARTMENT, Set.of(), Set.of(), Set.of()));

        assertThat(result.measuresWithoutService()).extracting(Coverage.MeasureLinks::title).containsExactly("Nobody delivers");
    }

    @Test
    void requiredCoursesNobodyOfTheResponsibleDepartmentCompletedAreListedPerMeasure() {
        Coverage.Result result = of(List.of(),
                measure("Trained", MeasureStatus.PLANNED, DEPARTMENT, Set.of(), Set.of(SERVICE), Set.of(COURSE_DONE)),
                measure("Half trained", MeasureStatus.PLANNED, DEPARTMENT, Set.of(), Set.of(SERVICE), Set.of(COURSE_DONE, COURSE_MISSING)),
                measure("Other department", MeasureStatus.PLANNED, UUID.randomUUID(), Set.of(), Set.of(SERVICE), Set.of(COURSE_DONE)),
                measure("Nobody responsible", MeasureStatus.PLANNED, null, Set.of(), Set.of(SERVICE), Set.of(COURSE_DONE)),
                measure("No training needed", MeasureStatus.PLANNED, null, Set.of(), Set.of(SERVICE), Set.of()));

        assertThat(result.measuresWithoutTraining()).extracting(u -> u.measure().title())
                .containsExactly("Half trained", "Other department", "Nobody responsible");
        assertThat(result.measuresWithoutTraining().get(0).coursesNotCompleted()).containsExactly(COURSE_MISSING);
        assertThat(result.measuresWithoutTraining().get(2).noResponsibleDepartment()).isTrue();
    }
}
