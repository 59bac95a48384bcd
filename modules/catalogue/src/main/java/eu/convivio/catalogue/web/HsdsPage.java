package eu.convivio.catalogue.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.catalogue.application.HsdsCatalogue;

import java.util.List;

/** HSDS 3's paging envelope, member for member; {@code size} is the number of items on this page. */
public record HsdsPage(@JsonProperty("total_items") long totalItems,
                       @JsonProperty("total_pages") long totalPages,
                       @JsonProperty("page_number") int pageNumber,
                       @JsonProperty("size") int size,
                       @JsonProperty("first_page") boolean firstPage,
                       @JsonProperty("last_page") boolean lastPage,
                       @JsonProperty("empty") boolean empty,
                       @JsonProperty("contents") List<JsonNode> contents) {

    /**
     * Only reads the database's JSON into trees, which the platform's JSON provider then writes;
     * reading needs none of the provider's settings.
     */
    private static final ObjectMapper READER = new ObjectMapper();

    static HsdsPage of(HsdsCatalogue.Listing listing) {
        List<JsonNode> contents = listing.contents().stream().map(HsdsPage::parse).toList();
        long totalPages = listing.request().totalPages(listing.total());
        int page = listing.request().page();
        return new HsdsPage(listing.total(), totalPages, page, contents.size(), page == 1, page >= totalPages,
                contents.isEmpty(), contents);
    }

    static JsonNode parse(String json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database built invalid JSON", e);
        }
    }
}
