package eu.convivio.catalogue.application;

import java.util.List;
import java.util.Map;

/**
 * One page of search results, with how many match in all and facet counts: for each filter, how
 * many of the services matching the rest of the query each value would leave.
 */
public record SearchResults(ServiceQuery query, long total, List<ServiceHit> hits,
                            Map<Facet, List<FacetCount>> facets) {

    public enum Facet { MUNICIPALITY, THEME, LANGUAGE, RESIDENCE_STATUS, FREE, OPEN_NOW }

    /** A filter value, its label in the reader's language, and the number of services it would leave. */
    public record FacetCount(String value, String label, long count) {
    }

    public long totalPages() {
        return query.size() == 0 ? 0 : (total + query.size() - 1) / query.size();
    }
}
