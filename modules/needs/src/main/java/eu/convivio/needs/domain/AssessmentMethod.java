package eu.convivio.needs.domain;

/** How a needs assessment gathered what it found. */
public enum AssessmentMethod {
    SURVEY,
    CONSULTATION_WORKSHOP,
    FOCUS_GROUP,
    INTERVIEWS,
    ADMINISTRATIVE_DATA,
    PROVIDER_REPORTS
}
