package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.application.PortalCatalogue;
import eu.convivio.catalogue.application.SearchResults;
import eu.convivio.catalogue.application.SearchResults.Facet;
import eu.convivio.catalogue.application.SearchResults.FacetCount;
import eu.convivio.catalogue.application.ServiceHit;
import eu.convivio.catalogue.application.ServiceQuery;
import eu.convivio.catalogue.application.ServiceSearch;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The public service search, {@code /catalogue/search.xhtml}. The form is a plain GET form: every
 * search is a bookmarkable address, pages are ordinary links, and nothing needs JavaScript.
 * Parameters: {@code q} text, {@code municipality} id, {@code theme} code, {@code spoken}
 * ISO 639 code, {@code status} residence status, {@code age}, {@code free}, {@code open},
 * {@code sort} (relevance, name, distance), {@code lat}/{@code lon} the reader's position, {@code page}.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;
    private static final int MAX_AGE = 120;
    /** Page links shown on each side of the current page. */
    private static final int PAGE_WINDOW = 2;

    /** A choice in a filter, with how many services it would leave. */
    public record Option(String value, String label, long count, boolean selected) {
    }

    /** A link in the pager: a page number, or a gap ("…") when {@code page} is 0. */
    public record PageLink(int page, String href, boolean current) {
    }

    @Inject
    private ServiceSearch search;

    @Inject
    private PortalCatalogue catalogue;

    @Inject
    private Themes themes;

    @Inject
    private Directory directory;

    @Inject
    private PortalTexts texts;

    private String q;
    private String municipality;
    private String theme;
    private String spoken;
    private String status;
    private String age;
    private boolean free;
    private boolean open;
    private String sort;
    private String lat;
    private String lon;
    private int page = 1;

    private SearchResults results;
    private boolean distanceUnavailable;

    @PostConstruct
    void readParameters() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        q = trimmed(params.get("q"));
        municipality = trimmed(params.get("municipality"));
        theme = trimmed(params.get("theme"));
        spoken = trimmed(params.get("spoken"));
        status = trimmed(params.get("status"));
        age = trimmed(params.get("age"));
        free = params.containsKey("free");
        open = params.containsKey("open");
        sort = trimmed(params.get("sort"));
        lat = trimmed(params.get("lat"));
        lon = trimmed(params.get("lon"));
        try {
            page = Math.max(1, Integer.parseInt(params.getOrDefault("page", "1")));
        } catch (NumberFormatException e) {
            page = 1;
        }
    }

    /** Runs before the page renders, so that a bad age shows beside its field. */
    public void search() {
        Integer years = null;
        if (age != null) {
            try {
                years = Integer.parseInt(age);
            } catch (NumberFormatException e) {
                years = -1;
            }
            if (years < 0 || years > MAX_AGE) {
                FacesContext.getCurrentInstance().addMessage("age", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.text("search.age.invalid"), null));
                return;
            }
        }
        UUID municipalityId = PortalRequests.uuid(municipality).orElse(null);
        ServiceQuery.Sort order = switch (sort == null ? "" : sort) {
            case "name" -> ServiceQuery.Sort.NAME;
            case "distance" -> ServiceQuery.Sort.DISTANCE;
            default -> ServiceQuery.Sort.RELEVANCE;
        };
        ServiceQuery.GeoPoint near = position().or(() -> municipalityId == null ? Optional.empty()
                : catalogue.municipalityCentre(municipalityId)).orElse(null);
        if (order == ServiceQuery.Sort.DISTANCE && near == null) {
            distanceUnavailable = true;
            order = ServiceQuery.Sort.RELEVANCE;
        }
        ResidenceStatus residence = residenceStatus(status);
        results = search.search(new ServiceQuery(q, texts.getLanguage(), municipalityId,
                theme == null ? Set.of() : Set.of(theme), spoken, residence, years, free, open, near, order,
                page, PAGE_SIZE));
    }

    private Optional<ServiceQuery.GeoPoint> position() {
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
                    ? Optional.of(new ServiceQuery.GeoPoint(latitude, longitude)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ResidenceStatus residenceStatus(String code) {
        for (ResidenceStatus s : ResidenceStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    public SearchResults getResults() {
        return results;
    }

    public List<ServiceHit> getHits() {
        return results == null ? List.of() : results.hits();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public boolean isDistanceUnavailable() {
        return distanceUnavailable;
    }

    /** "12 services found", for the polite live region. */
    public String getCountText() {
        return texts.text("search.count", getTotal());
    }

    /** "Results 11 to 20 of 34", or null when the page is empty. */
    public String getRangeText() {
        if (getHits().isEmpty()) {
            return null;
        }
        int first = (page - 1) * PAGE_SIZE + 1;
        return texts.text("search.range", first, first + getHits().size() - 1, getTotal());
    }

    // ---- filter choices with their counts ----

    public List<Option> getMunicipalities() {
        Map<String, Long> counts = counts(Facet.MUNICIPALITY);
        Collator collator = Collator.getInstance(texts.getLocale());
        return directory.municipalities().stream()
                .sorted(Comparator.comparing(MunicipalitySummary::name, collator))
                .map(m -> option(m.id().toString(), m.name(), counts, municipality))
                .toList();
    }

    public List<Option> getThemes() {
        Map<String, Long> counts = counts(Facet.THEME);
        List<Option> options = new ArrayList<>();
        for (Theme t : themes.all()) {
            options.add(option(t.code(), t.name(texts.getLanguage()), counts, theme));
        }
        return options;
    }

    /** The languages services are offered in, named in the reader's language. */
    public List<Option> getLanguages() {
        Map<String, Long> counts = counts(Facet.LANGUAGE);
        if (spoken != null) {
            counts.putIfAbsent(spoken, 0L);
        }
        Collator collator = Collator.getInstance(texts.getLocale());
        return counts.keySet().stream()
                .map(code -> option(code, texts.languageName(code), counts, spoken))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }

    public List<Option> getStatuses() {
        Map<String, Long> counts = counts(Facet.RESIDENCE_STATUS);
        List<Option> options = new ArrayList<>();
        for (ResidenceStatus s : ResidenceStatus.values()) {
            options.add(option(s.code(), texts.residenceStatus(s.code()), counts, status));
        }
        return options;
    }

    public long getFreeCount() {
        return counts(Facet.FREE).getOrDefault("true", 0L);
    }

    public long getOpenNowCount() {
        return counts(Facet.OPEN_NOW).getOrDefault("true", 0L);
    }

    private Map<String, Long> counts(Facet facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (results != null && results.facets() != null) {
            for (FacetCount c : results.facets().getOrDefault(facet, List.of())) {
                counts.put(c.value(), c.count());
            }
        }
        return counts;
    }

    private static Option option(String value, String label, Map<String, Long> counts, String selected) {
        return new Option(value, label, counts.getOrDefault(value, 0L), value.equals(selected));
    }

    // ---- paging ----

    public long getTotalPages() {
        return results == null ? 0 : results.totalPages();
    }

    public int getPage() {
        return page;
    }

    public String getPreviousLink() {
        return page > 1 ? link(page - 1) : null;
    }

    public String getNextLink() {
        return page < getTotalPages() ? link(page + 1) : null;
    }

    /** First, last and the pages around the current one; a 0 stands for the pages left out. */
    public List<PageLink> getPageLinks() {
        List<PageLink> links = new ArrayList<>();
        long last = getTotalPages();
        int previous = 0;
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= PAGE_WINDOW) {
                if (previous != 0 && p - previous > 1) {
                    links.add(new PageLink(0, null, false));
                }
                links.add(new PageLink(p, link(p), p == page));
                previous = p;
            }
        }
        return links;
    }

    /** This search on another page: the same parameters in the same order, so links are stable. */
    String link(int target) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("municipality", municipality);
        params.put("theme", theme);
        params.put("spoken", spoken);
        params.put("status", status);
        params.put("age", age);
        params.put("free", free ? "on" : null);
        params.put("open", open ? "on" : null);
        params.put("sort", sort);
        params.put("lat", lat);
        params.put("lon", lon);
        StringBuilder link = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/catalogue/search.xhtml?page=").append(target);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return link.toString();
    }

    // ---- a hit's facts in the reader's words ----

    public String address(ServiceHit hit) {
        if (hit.place() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (hit.place().address() != null) {
            parts.add(hit.place().address());
        }
        if (hit.place().city() != null) {
            parts.add(hit.place().city());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    public String hours(ServiceHit hit) {
        return String.join("; ", hit.openingHours().stream().map(texts::hours).toList());
    }

    public String distance(ServiceHit hit) {
        return hit.distanceKm() == null ? null : texts.text("result.distance", hit.distanceKm());
    }

    /** Lower-case BCP 47 tag of the language a hit's texts are in. */
    public String lang(ServiceHit hit) {
        return hit.textLanguage() == null ? texts.getLanguage() : hit.textLanguage().toLowerCase(Locale.ROOT);
    }

    // ---- the form's values ----

    public String getQ() {
        return q;
    }

    public String getAge() {
        return age;
    }

    public boolean isFree() {
        return free;
    }

    public boolean isOpen() {
        return open;
    }

    public String getSort() {
        return sort == null ? "relevance" : sort;
    }

    public String getLat() {
        return lat;
    }

    public String getLon() {
        return lon;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
