package eu.convivio.catalogue.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.convivio.catalogue.application.SearchResults;
import eu.convivio.catalogue.application.ServiceHit;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One page of catalogue search results in the API's shape: HSDS's paging members, the hits, and
 * facet counts by filter parameter name.
 */
public record SearchPage(@JsonProperty("total_items") long totalItems,
                         @JsonProperty("total_pages") long totalPages,
                         @JsonProperty("page_number") int pageNumber,
                         @JsonProperty("size") int size,
                         @JsonProperty("contents") List<Hit> contents,
                         @JsonProperty("facets") Map<String, List<SearchResults.FacetCount>> facets) {

    /** A service found, snake_case as the rest of the catalogue API. */
    public record Hit(@JsonProperty("id") UUID id,
                      @JsonProperty("name") String name,
                      @JsonProperty("summary") String summary,
                      @JsonProperty("text_language") String textLanguage,
                      @JsonProperty("organization_id") UUID organizationId,
                      @JsonProperty("organization_name") String organizationName,
                      @JsonProperty("languages") List<String> languages,
                      @JsonProperty("opening_hours") List<Hours> openingHours,
                      @JsonProperty("free") boolean free,
                      @JsonProperty("themes") List<String> themes,
                      @JsonProperty("place") Place place,
                      @JsonProperty("distance_km") Double distanceKm,
                      @JsonProperty("needs_review") boolean needsReview) {
    }

    public record Hours(@JsonProperty("byday") String byday, @JsonProperty("opens_at") LocalTime opensAt,
                        @JsonProperty("closes_at") LocalTime closesAt, @JsonProperty("notes") String notes) {
    }

    public record Place(@JsonProperty("location_id") UUID locationId, @JsonProperty("name") String name,
                        @JsonProperty("address") String address, @JsonProperty("city") String city,
                        @JsonProperty("latitude") Double latitude, @JsonProperty("longitude") Double longitude) {
    }

    static SearchPage of(SearchResults results) {
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.name().toLowerCase(Locale.ROOT), counts));
        List<Hit> hits = results.hits().stream().map(SearchPage::hit).toList();
        return new SearchPage(results.total(), results.totalPages(), results.query().page(), hits.size(), hits, facets);
    }

    private static Hit hit(ServiceHit h) {
        ServiceHit.Place p = h.place();
        return new Hit(h.id(), h.name(), h.summary(), h.textLanguage(), h.organizationId(), h.organizationName(),
                h.languages(), h.openingHours().stream().map(o -> new Hours(o.byday(), o.opensAt(), o.closesAt(), o.notes())).toList(),
                h.free(), h.themes(),
                p == null ? null : new Place(p.locationId(), p.name(), p.address(), p.city(), p.latitude(), p.longitude()),
                h.distanceKm() == null ? null : Math.round(h.distanceKm() * 100) / 100.0, h.needsReview());
    }
}
