package eu.convivio.training.domain;

/**
 * What a notification reports; the same names as the training notices that cause them (the
 * outbox maps one to the other, so that the domain does not depend on the application layer).
 */
public enum NotificationKind {
    ENROLMENT_REQUESTED,
    ENROLMENT_CONFIRMED,
    ENROLMENT_DECLINED,
    WAITLISTED,
    PROMOTED_FROM_WAITLIST,
    ENROLMENT_CANCELLED,
    SESSION_CHANGED,
    SESSION_CANCELLED,
    COMPLETED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED
}
