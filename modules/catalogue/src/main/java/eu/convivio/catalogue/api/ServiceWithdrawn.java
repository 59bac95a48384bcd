package eu.convivio.catalogue.api;

import java.util.UUID;

/**
 * Fired (CDI event) in the transaction in which a service stops being offered: its status becomes
 * {@code inactive} or {@code defunct}, by an edit or by an import. Other modules observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so that they react only to a committed change.
 */
public record ServiceWithdrawn(UUID serviceId) {

    /** The statuses in which a service is no longer offered. */
    public static boolean withdrawn(String status) {
        return "inactive".equals(status) || "defunct".equals(status);
    }
}
