package eu.convivio.catalogue.web;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.application.ServiceQuery;
import eu.convivio.catalogue.application.ServiceSearch;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public catalogue search: what the portal's search page and other clients ask. Parameters
 * that cannot be used are refused with 400 naming the parameter, never silently ignored.
 */
@Path("catalogue/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue search", description = "Full-text and faceted search of the shared service catalogue (public)")
public class SearchResource {

    static final int MAX_PER_PAGE = 100;
    static final int DEFAULT_PER_PAGE = 20;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_TEXT = 200;

    @Inject
    private ServiceSearch search;

    @Inject
    private Themes themes;

    @Inject
    private Directory directory;

    @Context
    private HttpHeaders headers;

    @GET
    @PermitAll
    @Operation(summary = "Search services: text in the reader's language, filters, facet counts, relevance/name/distance order",
            description = "Only active services are found; confidential locations are never shown. Each facet counts "
                    + "the services matching all the other filters. Pages are numbered from 1.")
    @APIResponse(responseCode = "200", description = "A page of services with facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter that cannot be used; the problem names it",
            content = @Content(mediaType = "application/problem+json"))
    public SearchPage search(
            @Parameter(description = "Free text; misspellings are tolerated") @QueryParam("q") String q,
            @Parameter(description = "Reader's language (BCP 47); Accept-Language when absent") @QueryParam("lang") String lang,
            @Parameter(description = "Municipality id, or its exact name") @QueryParam("municipality") String municipality,
            @Parameter(description = "Theme code (repeatable; any of them matches)", in = ParameterIn.QUERY,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("theme") List<String> theme,
            @Parameter(description = "ISO 639 code of a language the service is offered in") @QueryParam("language") String language,
            @Parameter(description = "Residence status the service must be open to",
                    schema = @Schema(enumeration = {"asylum_seeker", "international_protection", "subsidiary_protection",
                            "temporary_protection", "family_reunification", "residence_permit", "undocumented"}))
            @QueryParam("residence_status") String residenceStatus,
            @Parameter(description = "Age in years (0-130) the service must admit") @QueryParam("age") String age,
            @Parameter(description = "true: only services without a cost") @QueryParam("free") String free,
            @Parameter(description = "true: only services open at this moment") @QueryParam("open_now") String openNow,
            @Parameter(description = "Latitude of the point to measure distances from") @QueryParam("lat") String lat,
            @Parameter(description = "Longitude of the point to measure distances from") @QueryParam("lon") String lon,
            @Parameter(description = "relevance (default), name or distance (needs lat and lon)") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Services per page, 1-100 (default 20)") @QueryParam("per_page") String perPage) {
        ServiceQuery.GeoPoint near = point(lat, lon);
        ServiceQuery.Sort order = sort(sort);
        if (order == ServiceQuery.Sort.DISTANCE && near == null) {
            throw new InvalidParameter("sort", "sort=distance needs lat and lon");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidParameter("q", "q must be at most " + MAX_TEXT + " characters");
        }
        var query = new ServiceQuery(text, language(lang), municipality(municipality), themes(theme),
                spokenLanguage(language), residenceStatus(residenceStatus), integer("age", age, 0, 130, null),
                bool("free", free), bool("open_now", openNow), near, order,
                integer("page", page, 1, 1_000_000, 1), integer("per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE));
        return SearchPage.of(search.search(query));
    }

    /** {@code lang} wins over Accept-Language; only the primary subtag counts (bg-BG reads bg). */
    private String language(String lang) {
        String tag = lang;
        if (tag == null || tag.isBlank()) {
            tag = headers.getAcceptableLanguages().stream()
                    .map(Locale::getLanguage).filter(l -> !l.isEmpty() && !l.equals("*")).findFirst().orElse("en");
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!LANGUAGE.matcher(primary).matches()) {
            throw new InvalidParameter("lang", "lang must be a BCP 47 language tag such as bg or el-GR");
        }
        return primary;
    }

    private UUID municipality(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException notAnId) {
            List<MunicipalitySummary> named = directory.municipalities().stream()
                    .filter(m -> m.name().equalsIgnoreCase(v)).toList();
            if (named.size() == 1) {
                return named.get(0).id();
            }
            throw new InvalidParameter("municipality", named.isEmpty()
                    ? "municipality must be a municipality's id or exact name; there is none called " + v
                    : "more than one municipality is called " + v + "; give its id");
        }
    }

    private Set<String> themes(List<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        if (codes == null) {
            return result;
        }
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String c = code.strip().toLowerCase(Locale.ROOT);
            if (themes.byCode(c).isEmpty()) {
                throw new InvalidParameter("theme", "theme must be the code of an integration theme (e.g. housing); " + c + " is not one");
            }
            result.add(c);
        }
        return result;
    }

    private static String spokenLanguage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(v).matches()) {
            throw new InvalidParameter("language", "language must be an ISO 639 code such as ar or uk");
        }
        return v;
    }

    private static ResidenceStatus residenceStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (ResidenceStatus s : ResidenceStatus.values()) {
            if (s.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new InvalidParameter("residence_status", "residence_status must be one of "
                + String.join(", ", ServiceSearch.residenceStatusCodes().stream().sorted().toList()));
    }

    private static Integer integer(String name, String value, int min, int max, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameter(name, name + " must be a whole number from " + min + " to " + max);
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidParameter(name, name + " must be true or false");
        };
    }

    private static ServiceQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return ServiceQuery.Sort.RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> ServiceQuery.Sort.RELEVANCE;
            case "name" -> ServiceQuery.Sort.NAME;
            case "distance" -> ServiceQuery.Sort.DISTANCE;
            default -> throw new InvalidParameter("sort", "sort must be relevance, name or distance");
        };
    }

    private static ServiceQuery.GeoPoint point(String lat, String lon) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLon = lon != null && !lon.isBlank();
        if (!hasLat && !hasLon) {
            return null;
        }
        if (!hasLat || !hasLon) {
            throw new InvalidParameter(hasLat ? "lon" : "lat", "lat and lon go together");
        }
        return new ServiceQuery.GeoPoint(coordinate("lat", lat, 90), coordinate("lon", lon, 180));
    }

    private static double coordinate(String name, String value, double limit) {
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d) && Math.abs(d) <= limit) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameter(name, name + " must be a number from " + -limit + " to " + limit);
    }
}
