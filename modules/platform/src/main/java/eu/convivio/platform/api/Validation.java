package eu.convivio.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs Bean Validation on a command and turns violations into {@link Problem.Invalid}, one
 * field error each, so that the API and the UI report them the same way.
 */
@ApplicationScoped
public class Validation {

    @Inject
    private Validator validator;

    public <T> T check(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new Problem.Invalid(errors(violations));
        }
        return command;
    }

    public static List<Problem.FieldError> errors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** The last node of the property path: the field as the client named it. */
    private static String field(ConstraintViolation<?> violation) {
        String field = null;
        for (var node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return field == null ? "" : field;
    }
}
