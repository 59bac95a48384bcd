package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What an indicator measures, in what unit, from which baseline to which target. */
public record IndicatorDefinition(UUID goalId, UUID measureId, String name, String unit,
                                  BigDecimal baseline, LocalDate baselineDate,
                                  BigDecimal target, LocalDate targetDate) {

    /** Refuses a definition that breaks a rule, naming the fields. */
    public IndicatorDefinition check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new Problem.FieldError("name", "Give the indicator a name."));
        } else if (name.length() > 300) {
            errors.add(new Problem.FieldError("name", "The name is longer than 300 characters."));
        }
        if (unit == null || unit.isBlank()) {
            errors.add(new Problem.FieldError("unit", "Give the unit (e.g. persons, %, courses)."));
        } else if (unit.length() > 50) {
            errors.add(new Problem.FieldError("unit", "The unit is longer than 50 characters."));
        }
        if ((baseline == null) != (baselineDate == null)) {
            errors.add(new Problem.FieldError(baseline == null ? "baseline" : "baselineDate",
                    "A baseline needs both its value and the date it was measured."));
        }
        if ((target == null) != (targetDate == null)) {
            errors.add(new Problem.FieldError(target == null ? "target" : "targetDate",
                    "A target needs both its value and the date by which it should be reached."));
        }
        if (baselineDate != null && targetDate != null && targetDate.isBefore(baselineDate)) {
            errors.add(new Problem.FieldError("targetDate", "The target date must not be before the baseline date."));
        }
        if (goalId != null && measureId != null) {
            errors.add(new Problem.FieldError("measureId", "An indicator measures a goal or a measure, not both."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return this;
    }
}
