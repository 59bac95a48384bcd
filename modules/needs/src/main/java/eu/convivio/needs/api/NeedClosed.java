package eu.convivio.needs.api;

import java.util.UUID;

/**
 * Fired (CDI event) in the transaction that closes a need. Observers in other modules use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so they react only to a committed close.
 */
public record NeedClosed(UUID needId, UUID municipalityId) {
}
