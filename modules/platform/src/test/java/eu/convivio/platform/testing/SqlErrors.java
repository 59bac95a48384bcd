package eu.convivio.platform.testing;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.util.Optional;

/** Finds PostgreSQL's own error in an exception chain (JPA wraps it two or three times). */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** The name of the constraint PostgreSQL reported as violated, if the chain holds such an error. */
    public static Optional<String> violatedConstraint(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                if (message.getConstraint() != null) {
                    return Optional.of(message.getConstraint());
                }
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                Optional<String> next = violatedConstraint(sql.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }
}
