package eu.convivio.catalogue.infrastructure;

import java.util.List;

/** An import that stored nothing, with everything that is wrong with it. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " problems in the imported data");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
