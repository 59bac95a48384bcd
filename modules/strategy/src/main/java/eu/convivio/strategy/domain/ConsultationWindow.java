package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;

import java.time.LocalDate;

/**
 * The consultation rules for one version of a strategy, from the strategy's state: comments are
 * taken only while the version is the draft out for consultation and the day lies within the
 * window (both ends included); the comments, their answers and the report become public once
 * that is over for good (the window has passed, or the consultation was closed), never before.
 *
 * @param status      the strategy's status
 * @param start       the window's first day, null when no consultation is set
 * @param end         the window's last day, null when no consultation is set
 * @param openDraft   whether the version is the strategy's open draft (not an adopted version)
 */
public record ConsultationWindow(StrategyStatus status, LocalDate start, LocalDate end, boolean openDraft) {

    /** Whether comments are taken on {@code day}. */
    public boolean openOn(LocalDate day) {
        return status == StrategyStatus.CONSULTATION && openDraft && start != null && end != null
                && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether this version is out for consultation: its window is set, whether it has begun, runs or has passed. */
    public boolean set() {
        return status == StrategyStatus.CONSULTATION && openDraft && start != null && end != null;
    }

    /** Whether the consultation of this version is still to come or under way on {@code day}. */
    public boolean pendingOn(LocalDate day) {
        return status == StrategyStatus.CONSULTATION && openDraft && end != null && !day.isAfter(end);
    }

    /** Whether the report and the answers may be read by everyone on {@code day}. */
    public boolean reportPublicOn(LocalDate day) {
        return !pendingOn(day);
    }

    /** Refuses a comment outside the window, saying why. */
    public void requireOpenOn(LocalDate day) {
        if (openOn(day)) {
            return;
        }
        if (!openDraft || status != StrategyStatus.CONSULTATION || start == null || end == null) {
            throw new Problem.Conflict("This version is not out for public consultation: comments are not taken.");
        }
        if (day.isBefore(start)) {
            throw new Problem.Conflict("The consultation opens on " + start + ": comments are taken from that day until " + end + ".");
        }
        throw new Problem.Conflict("The consultation closed on " + end + ": comments are no longer taken.");
    }
}
