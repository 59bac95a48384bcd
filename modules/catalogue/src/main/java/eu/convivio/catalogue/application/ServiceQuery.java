package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.ResidenceStatus;

import java.util.Set;
import java.util.UUID;

/**
 * A question to the public catalogue: free text in the reader's language plus filters. Null or
 * empty members do not narrow the search. Pages are numbered from 1.
 *
 * @param text            free text; matched in the reader's language, then in the original language,
 *                        with trigram similarity for misspellings
 * @param language        the reader's language (BCP 47 primary tag such as {@code bg})
 * @param municipalityId  only services whose service area is this municipality
 * @param themes          codes of the shared integration themes; a service with any of them matches
 * @param spokenLanguage  ISO 639 code of a language the service is offered in
 * @param residenceStatus only services open to people with this status (or to everyone)
 * @param age             only services whose age range includes this age
 * @param freeOnly        only services without a cost
 * @param openNow         only services with opening hours that include the present moment
 * @param near            a point to measure distances from; required for {@link Sort#DISTANCE}
 */
public record ServiceQuery(String text, String language, UUID municipalityId, Set<String> themes,
                           String spokenLanguage, ResidenceStatus residenceStatus, Integer age,
                           boolean freeOnly, boolean openNow, GeoPoint near, Sort sort, int page, int size) {

    public enum Sort { RELEVANCE, NAME, DISTANCE }

    /** WGS 84 coordinates. */
    public record GeoPoint(double latitude, double longitude) {
    }

    public ServiceQuery {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }
}
