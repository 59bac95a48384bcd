package eu.convivio.catalogue.application;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One service in a list of search results, in the reader's language where a translation exists.
 *
 * @param textLanguage   the language name and summary are shown in (the reader's or the original)
 * @param languages      ISO 639 codes of the languages the service is offered in
 * @param themes         codes of its integration themes
 * @param place          its nearest public (never confidential) location, or null when it has none
 * @param distanceKm     distance from the query's point, or null without one
 * @param needsReview    not assured for 180 days
 */
public record ServiceHit(UUID id, String name, String summary, String textLanguage,
                         UUID organizationId, String organizationName, List<String> languages,
                         List<OpeningHours> openingHours, boolean free, List<String> themes,
                         Place place, Double distanceKm, boolean needsReview) {

    /** One weekly opening rule: RFC 5545 BYDAY list (e.g. {@code MO,TU}) with times. */
    public record OpeningHours(String byday, LocalTime opensAt, LocalTime closesAt, String notes) {
    }

    /** Where the service is given. */
    public record Place(UUID locationId, String name, String address, String city, Double latitude, Double longitude) {
    }
}
