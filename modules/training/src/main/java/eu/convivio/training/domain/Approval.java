package eu.convivio.training.domain;

/**
 * Who confirms an enrolment request. {@code MANAGER} is the municipal administrator of the
 * municipality the learner works for (the platform has no line managers; the municipal admin
 * manages its staff and departments), {@code TRAINER} a trainer of the session or course.
 */
public enum Approval {
    /** A free seat is confirmed at once. */
    AUTOMATIC,
    MANAGER,
    TRAINER
}
