package eu.convivio.needs.domain;

/** Where a needs assessment stands. */
public enum AssessmentStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED
}
