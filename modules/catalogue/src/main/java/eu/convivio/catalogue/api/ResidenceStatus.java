package eu.convivio.catalogue.api;

/**
 * The residence statuses a service may be restricted to; needs assessments use the same list.
 * {@link #code()} is the value stored in {@code catalogue.service_eligibility}.
 */
public enum ResidenceStatus {
    ASYLUM_SEEKER,
    INTERNATIONAL_PROTECTION,
    SUBSIDIARY_PROTECTION,
    TEMPORARY_PROTECTION,
    FAMILY_REUNIFICATION,
    RESIDENCE_PERMIT,
    UNDOCUMENTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
