package eu.convivio.strategy.application;

import eu.convivio.platform.api.Problem;
import eu.convivio.strategy.domain.StrategyTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A strategy to start: whose, its title, language and period, and where its first draft comes
 * from: a template ({@code template}), another strategy's adopted version ({@code copyOf}), or
 * nothing (an empty draft).
 */
public record NewStrategy(UUID municipalityId, String title, String language, LocalDate periodFrom,
                          LocalDate periodTo, String template, UUID copyOf, boolean allowPublicComments) {

    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    /** Refuses a request that breaks a rule, naming every field at fault. */
    NewStrategy check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkDescription(title, language, periodFrom, periodTo, errors);
        if (template != null && !template.isBlank() && StrategyTemplate.byCode(template).isEmpty()) {
            errors.add(new Problem.FieldError("template", "No such template: " + template + " (known: "
                    + String.join(", ", StrategyTemplate.all().stream().map(StrategyTemplate::code).toList()) + ")."));
        }
        if (template != null && !template.isBlank() && copyOf != null) {
            errors.add(new Problem.FieldError("copyOf", "Start from a template or from a copy, not both."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return this;
    }

    static void checkDescription(String title, String language, LocalDate from, LocalDate to, List<Problem.FieldError> errors) {
        if (title == null || title.isBlank()) {
            errors.add(new Problem.FieldError("title", "Give the strategy a title."));
        } else if (title.length() > 300) {
            errors.add(new Problem.FieldError("title", "The title is longer than 300 characters."));
        }
        if (language == null || !language.matches(LANGUAGE)) {
            errors.add(new Problem.FieldError("language", "Give the language of the text as a code such as sk, el or en."));
        }
        if (from == null) {
            errors.add(new Problem.FieldError("periodFrom", "Give the first year or day the strategy covers."));
        }
        if (to == null) {
            errors.add(new Problem.FieldError("periodTo", "Give the last day the strategy covers."));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new Problem.FieldError("periodTo", "The period must end on or after its start."));
        }
    }
}
