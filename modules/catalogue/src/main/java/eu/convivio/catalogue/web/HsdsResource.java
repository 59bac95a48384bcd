package eu.convivio.catalogue.web;

import eu.convivio.catalogue.application.HsdsCatalogue;
import eu.convivio.catalogue.application.PageRequest;
import eu.convivio.catalogue.infrastructure.HsdsQueries;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The catalogue as Open Referral HSDS 3 read API: public, paged, field names as HSDS has them.
 * Texts come in the language of {@code lang} or {@code Accept-Language}, falling back to the
 * language they were written in.
 */
@Path("hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "The service catalogue as Open Referral HSDS 3 (read only, public)")
public class HsdsResource {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Inject
    private HsdsCatalogue catalogue;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("services")
    @PermitAll
    @Operation(summary = "Services, paged; full-text search, taxonomy term and modified_after filters")
    public HsdsPage services(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                             @QueryParam("search") String search, @QueryParam("taxonomy_term_id") String termId,
                             @QueryParam("modified_after") String modifiedAfter, @QueryParam("lang") String lang) {
        var filter = new HsdsQueries.ServiceFilter(search == null || search.isBlank() ? null : search.strip(),
                id("taxonomy_term_id", termId), instant(modifiedAfter));
        return HsdsPage.of(catalogue.services(filter, language(lang), PageRequest.of(page, perPage)));
    }

    @GET
    @Path("services/{id}")
    @PermitAll
    @Operation(summary = "One service with its organization, locations, phones, schedules, languages and terms")
    public String service(@PathParam("id") String id, @QueryParam("lang") String lang) {
        // the database built the JSON; sent as it is
        return catalogue.service(pathId(id), language(lang));
    }

    @GET
    @Path("organizations")
    @PermitAll
    @Operation(summary = "Organizations, paged")
    public HsdsPage organizations(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                  @QueryParam("lang") String lang) {
        return HsdsPage.of(catalogue.organizations(language(lang), PageRequest.of(page, perPage)));
    }

    @GET
    @Path("organizations/{id}")
    @PermitAll
    @Operation(summary = "One organization with its services")
    public String organization(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return catalogue.organization(pathId(id), language(lang));
    }

    @GET
    @Path("locations")
    @PermitAll
    @Operation(summary = "Public locations, paged (confidential ones are never listed)")
    public HsdsPage locations(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                              @QueryParam("lang") String lang) {
        return HsdsPage.of(catalogue.locations(language(lang), PageRequest.of(page, perPage)));
    }

    @GET
    @Path("locations/{id}")
    @PermitAll
    @Operation(summary = "One public location with its addresses, phones, schedules, languages and accessibility")
    public String location(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return catalogue.location(pathId(id), language(lang));
    }

    @GET
    @Path("service_at_locations")
    @PermitAll
    @Operation(summary = "Services at public locations, paged")
    public HsdsPage servicesAtLocations(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                       @QueryParam("lang") String lang) {
        return HsdsPage.of(catalogue.servicesAtLocations(language(lang), PageRequest.of(page, perPage)));
    }

    @GET
    @Path("service_at_locations/{id}")
    @PermitAll
    @Operation(summary = "One service at a public location, with the service and the location")
    public String serviceAtLocation(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return catalogue.serviceAtLocation(pathId(id), language(lang));
    }

    @GET
    @Path("taxonomies")
    @PermitAll
    @Operation(summary = "Taxonomies, paged")
    public HsdsPage taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return HsdsPage.of(catalogue.taxonomies(PageRequest.of(page, perPage)));
    }

    @GET
    @Path("taxonomy_terms")
    @PermitAll
    @Operation(summary = "Taxonomy terms, paged; optionally of one taxonomy")
    public HsdsPage taxonomyTerms(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                  @QueryParam("taxonomy_id") String taxonomyId, @QueryParam("lang") String lang) {
        return HsdsPage.of(catalogue.taxonomyTerms(id("taxonomy_id", taxonomyId), language(lang),
                PageRequest.of(page, perPage)));
    }

    /** {@code lang} wins over Accept-Language; only the primary subtag counts (bg-BG reads bg). */
    private String language(String lang) {
        String tag = lang;
        if (tag == null || tag.isBlank()) {
            tag = headers.getAcceptableLanguages().stream()
                    .map(Locale::getLanguage).filter(l -> !l.isEmpty() && !l.equals("*")).findFirst().orElse(null);
        }
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!LANGUAGE.matcher(primary).matches()) {
            throw new Problem.Invalid("lang", "lang must be a BCP 47 language tag such as bg or el-GR");
        }
        return primary;
    }

    private static UUID id(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid(name, name + " must be a UUID");
        }
    }

    /** A malformed id names nothing that exists: 404, as for an unknown one. */
    private static UUID pathId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Problem.NotFound("No such record: " + text);
        }
    }

    private static OffsetDateTime instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Problem.Invalid("modified_after", "modified_after must be an ISO 8601 date-time with offset, e.g. 2026-01-31T00:00:00Z");
        }
    }
}
