package eu.convivio.needs.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need stands: found by an assessment, confirmed by an officer, being addressed by
 * measures or services, or closed (met, or no longer a need).
 */
public enum NeedStatus {
    IDENTIFIED,
    VALIDATED,
    ADDRESSED,
    CLOSED;

    /** The statuses a need may move to from this one. Validation has its own step (who and when). */
    public Set<NeedStatus> next() {
        return switch (this) {
            // a need found to be no need at all is closed without being validated
            case IDENTIFIED -> EnumSet.of(VALIDATED, CLOSED);
            case VALIDATED -> EnumSet.of(ADDRESSED, CLOSED);
            // measures that fell through: the need is open again
            case ADDRESSED -> EnumSet.of(VALIDATED, CLOSED);
            // a closed need that comes back is identified anew and validated again
            case CLOSED -> EnumSet.of(IDENTIFIED);
        };
    }

    public boolean mayBecome(NeedStatus target) {
        return next().contains(target);
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
