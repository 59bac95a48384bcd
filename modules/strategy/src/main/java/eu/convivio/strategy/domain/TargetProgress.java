package eu.convivio.strategy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How far an indicator has come from its baseline towards its target. */
public final class TargetProgress {

    private TargetProgress() {
    }

    /**
     * The share of the way from baseline to target covered by the value, in whole per cent: 0 at
     * the baseline, 100 at the target, below 0 when the value moved away from the target, above
     * 100 beyond it; null when there is no baseline, no target, no value, or they are equal.
     * Works for targets below the baseline (fewer people waiting) as for those above it.
     */
    public static Integer percent(BigDecimal baseline, BigDecimal target, BigDecimal value) {
        if (baseline == null || target == null || value == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return value.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
