package eu.convivio.needs.domain;

import java.util.List;

/** A survey file that cannot be imported as it is; nothing of it has been stored. */
public class SurveyRejected extends RuntimeException {

    private final transient List<RowError> errors;

    public SurveyRejected(String message, List<RowError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
