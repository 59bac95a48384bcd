package eu.convivio.training.application;

import java.util.Objects;
import java.util.UUID;

/**
 * Something a learner (or trainer) must be told about a session, fired as a CDI event inside the
 * transaction that caused it. The notification outbox observes it synchronously, so the notice is
 * stored if and only if the change that caused it commits; sending by e-mail happens later.
 *
 * @param recipient  the account to tell
 * @param kind       what happened
 * @param sessionId  the session it concerns
 * @param enrolmentId the enrolment it concerns, or {@code null} for session-wide notices
 */
public record TrainingNotice(UUID recipient, Kind kind, UUID sessionId, UUID enrolmentId) {

    public enum Kind {
        ENROLMENT_REQUESTED,
        ENROLMENT_CONFIRMED,
        ENROLMENT_DECLINED,
        WAITLISTED,
        PROMOTED_FROM_WAITLIST,
        ENROLMENT_CANCELLED,
        SESSION_CHANGED,
        SESSION_CANCELLED,
        /** The learner met the course's completion rule; certificates are issued on this. */
        COMPLETED,
        CERTIFICATE_ISSUED,
        CERTIFICATE_REVOKED
    }

    public TrainingNotice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
