package eu.convivio.training.application;

import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.domain.Backoff;
import eu.convivio.training.domain.Notification;
import eu.convivio.training.infrastructure.Mailer;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the sender, in the caller's transaction: claims up to a batch of due, unsent
 * notifications with {@code FOR UPDATE SKIP LOCKED} (rows another instance is sending are skipped,
 * not waited for, so no two instances send the same row), mails each, and marks it sent or
 * schedules the next attempt with {@link Backoff}. The locks are held until the caller commits,
 * which is when "sent" becomes visible to the others.
 */
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final EntityManager em;
    private final StaffDirectory staff;
    private final Mailer mailer;
    private final Clock clock;

    public OutboxDelivery(EntityManager em, StaffDirectory staff, Mailer mailer, Clock clock) {
        this.em = em;
        this.staff = staff;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Result of a round: how many were sent, how many failed (and will be tried again or were given up). */
    public record Round(int sent, int failed) {
    }

    public Round run(int batch) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                SELECT id::text FROM training.notification
                WHERE sent_at IS NULL AND next_attempt_at <= ?1 AND attempts < ?2
                ORDER BY next_attempt_at, created_at
                LIMIT ?3
                FOR UPDATE SKIP LOCKED""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Backoff.MAX_ATTEMPTS).setParameter(3, batch)
                .getResultList();
        int sent = 0;
        int failed = 0;
        for (Object id : ids) {
            Notification n = em.find(Notification.class, UUID.fromString((String) id));
            Optional<StaffMember> to = staff.member(n.getRecipientId()).filter(StaffMember::active);
            String error;
            if (to.isEmpty() || to.get().email() == null || to.get().email().isBlank()) {
                error = "The recipient has no active account with an e-mail address.";
            } else {
                try {
                    mailer.send(to.get().email(), to.get().displayName(), n.getSubject(), n.getBody(), now);
                    mark(n.getId(), now, null, 0);
                    sent++;
                    continue;
                } catch (jakarta.mail.MessagingException | RuntimeException e) {
                    error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    LOG.log(Level.FINE, "Mail to " + n.getRecipientId() + " failed", e);
                }
            }
            failed++;
            mark(n.getId(), null, error, n.getAttempts());
        }
        if (!ids.isEmpty()) {
            LOG.info("Training notifications: " + sent + " mailed, " + failed + " failed");
        }
        return new Round(sent, failed);
    }

    private void mark(UUID id, Instant sentAt, String error, int attemptsBefore) {
        if (sentAt != null) {
            em.createNativeQuery("UPDATE training.notification SET sent_at = ?2, attempts = attempts + 1, last_error = NULL WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, Timestamp.from(sentAt)).executeUpdate();
        } else {
            // the next attempt counts from the failure, by the number of failures so far
            em.createNativeQuery("""
                    UPDATE training.notification SET attempts = attempts + 1, last_error = left(?2, 1000),
                      next_attempt_at = now() + make_interval(secs => ?3)
                    WHERE id = ?1""")
                    .setParameter(1, id).setParameter(2, error)
                    .setParameter(3, (double) Backoff.after(attemptsBefore + 1).toSeconds()).executeUpdate();
        }
    }
}
