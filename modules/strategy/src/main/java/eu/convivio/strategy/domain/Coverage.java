package eu.convivio.strategy.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntBiFunction;

/**
 * The coverage rules, on plain ids so that they can be checked without any module behind them:
 * which serious needs no measure addresses, which measures no (offered) service delivers, and
 * which measures require training that nobody in the responsible department has completed.
 * A dropped measure addresses nothing and is left out of every list.
 */
public final class Coverage {

    private Coverage() {
    }

    /** A measure with what it links to; {@code offeredServiceIds} leaves out withdrawn services. */
    public record MeasureLinks(UUID lineageId, String title, MeasureStatus status, UUID responsibleDepartmentId,
                               Set<UUID> needIds, Set<UUID> offeredServiceIds, Set<UUID> courseIds) {
        boolean active() {
            return status != MeasureStatus.DROPPED;
        }
    }

    /** A measure whose required courses nobody of the responsible department completed (or with no department to ask). */
    public record UntrainedMeasure(MeasureLinks measure, List<UUID> coursesNotCompleted, boolean noResponsibleDepartment) {
    }

    public record Result(List<UUID> needsWithoutMeasure, List<MeasureLinks> measuresWithoutService,
                         List<UntrainedMeasure> measuresWithoutTraining) {
    }

    /**
     * @param seriousNeedIds the municipality's open needs of severity 4–5, in the order to report them
     * @param completions    how many staff of a department (first) completed a course (second)
     */
    public static Result of(Collection<UUID> seriousNeedIds, Collection<MeasureLinks> measures,
                            ToIntBiFunction<UUID, UUID> completions) {
        Set<UUID> addressed = new HashSet<>();
        List<MeasureLinks> withoutService = new ArrayList<>();
        List<UntrainedMeasure> withoutTraining = new ArrayList<>();
        for (MeasureLinks m : measures) {
            if (!m.active()) {
                continue;
            }
            addressed.addAll(m.needIds());
            if (m.offeredServiceIds().isEmpty()) {
                withoutService.add(m);
            }
            if (m.courseIds().isEmpty()) {
                continue;
            }
            if (m.responsibleDepartmentId() == null) {
                withoutTraining.add(new UntrainedMeasure(m, m.courseIds().stream().sorted().toList(), true));
                continue;
            }
            List<UUID> missing = m.courseIds().stream().sorted()
                    .filter(course -> completions.applyAsInt(m.responsibleDepartmentId(), course) == 0).toList();
            if (!missing.isEmpty()) {
                withoutTraining.add(new UntrainedMeasure(m, missing, false));
            }
        }
        List<UUID> uncovered = seriousNeedIds.stream().filter(n -> !addressed.contains(n)).toList();
        return new Result(uncovered, withoutService, withoutTraining);
    }
}
