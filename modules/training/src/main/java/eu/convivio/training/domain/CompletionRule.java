package eu.convivio.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * When a learner has completed a course: they attended at least a share of the session's days
 * (late counts as attended, excused does not — an excused day is still a day missed) and, when
 * the course has one, passed the final assessment.
 */
@Embeddable
public class CompletionRule {

    @Column(name = "min_attendance_share", nullable = false)
    private BigDecimal minAttendanceShare;

    @Column(name = "final_assessment_required", nullable = false)
    private boolean finalAssessmentRequired;

    protected CompletionRule() {
    }

    public CompletionRule(BigDecimal minAttendanceShare, boolean finalAssessmentRequired) {
        Objects.requireNonNull(minAttendanceShare, "minAttendanceShare");
        if (minAttendanceShare.signum() <= 0 || minAttendanceShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the attendance share lies in (0, 1]: " + minAttendanceShare);
        }
        this.minAttendanceShare = minAttendanceShare.setScale(2, RoundingMode.HALF_UP);
        this.finalAssessmentRequired = finalAssessmentRequired;
    }

    public BigDecimal getMinAttendanceShare() {
        return minAttendanceShare;
    }

    public boolean isFinalAssessmentRequired() {
        return finalAssessmentRequired;
    }

    /** The share of days attended, 0 when the session has no days. */
    public static BigDecimal attendedShare(Collection<AttendanceStatus> marked, int sessionDays) {
        if (sessionDays <= 0) {
            return BigDecimal.ZERO;
        }
        long attended = marked.stream().filter(AttendanceStatus::attended).count();
        return BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(sessionDays), 4, RoundingMode.HALF_UP);
    }

    /**
     * Whether the rule is met.
     *
     * @param marked           the learner's attendance on the days marked so far (unmarked days count as missed)
     * @param sessionDays      how many days the session has
     * @param assessmentPassed the final assessment's result, {@code null} when none was recorded
     */
    public boolean isMet(Collection<AttendanceStatus> marked, int sessionDays, Boolean assessmentPassed) {
        if (attendedShare(marked, sessionDays).compareTo(minAttendanceShare) < 0) {
            return false;
        }
        return !finalAssessmentRequired || Boolean.TRUE.equals(assessmentPassed);
    }
}
