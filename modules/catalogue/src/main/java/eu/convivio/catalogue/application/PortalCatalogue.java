package eu.convivio.catalogue.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.catalogue.infrastructure.HsdsQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the public portal shows of one service or organisation. The nested HSDS shapes of
 * {@link HsdsQueries} carry the texts (translated, confidential locations left out); this class
 * adds what HSDS does not say: the service's original language, whether each text the reader
 * sees is a reviewed translation, an unreviewed one or the untranslated original, and who the
 * service is for.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalCatalogue {

    /** Reads the database's JSON only; none of the platform provider's settings apply. */
    private static final ObjectMapper READER = new ObjectMapper();

    /** The translated fields a reader sees on the service page. */
    public static final List<String> TEXT_FIELDS = List.of("name", "description", "application_process",
            "fees_description", "eligibility_description");

    /** How a text reached the reader. */
    public enum TextState {
        /** written in the reader's language, or a reviewed translation into it */
        FINAL,
        /** a translation nobody who knows the language has checked yet */
        UNREVIEWED,
        /** no translation into the reader's language: shown as written */
        ORIGINAL
    }

    public record Place(UUID locationId, String name, List<String> addressLines, Double latitude, Double longitude,
                        List<ServiceHit.OpeningHours> openingHours, List<String> phones) {
    }

    public record Phone(String number, String type) {
    }

    public record Cost(String option, BigDecimal amount, String currency, String description) {
    }

    public record ServiceDetail(UUID id, String name, String originalLanguage, String description,
                                UUID organizationId, String organizationName, String status, String url, String email,
                                String applicationProcess, String feesDescription, String eligibilityDescription,
                                String alert, Integer minimumAge, Integer maximumAge, List<String> residenceStatuses,
                                List<String> genders, List<String> languages, List<Place> places,
                                List<ServiceHit.OpeningHours> openingHours, List<Phone> phones,
                                List<String> requiredDocuments, List<Cost> costs, List<String> serviceAreas,
                                List<String> themes, LocalDate assuredDate, Map<String, TextState> textStates) {

        /** Free when it names no cost with an amount above zero. */
        public boolean free() {
            return costs.stream().noneMatch(c -> c.amount() != null && c.amount().signum() > 0);
        }

        public TextState textState(String field) {
            return textStates.getOrDefault(field, TextState.FINAL);
        }
    }

    /** A service in an organisation's list; {@code language} is the one its name is shown in. */
    public record ServiceSummary(UUID id, String name, String description, String language) {
    }

    public record OrganizationDetail(UUID id, String name, String description, String website, String email,
                                     String legalStatus, List<ServiceSummary> services) {
    }

    @PersistenceContext
    private EntityManager em;

    public PortalCatalogue() {
    }

    /** For persistence tests, which run without a container. */
    public PortalCatalogue(EntityManager em) {
        this.em = em;
    }

    /** The service in the reader's language; empty for an unknown id. */
    public Optional<ServiceDetail> service(UUID id, String language) {
        return new HsdsQueries(em).service(id, language).map(PortalCatalogue::parse)
                .map(json -> detail(json, language));
    }

    /** The organisation with its services by name in the reader's language; empty for an unknown id. */
    public Optional<OrganizationDetail> organization(UUID id, String language) {
        return new HsdsQueries(em).organization(id, language).map(PortalCatalogue::parse).map(json -> {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
            Map<String, String> shownIn = new HashMap<>();
            for (Object row : em.createNativeQuery("""
                            SELECT s.id::text || '|' || CASE WHEN EXISTS (SELECT 1 FROM catalogue.translation t
                                WHERE t.entity_type = 'service' AND t.entity_id = s.id AND t.field = 'name'
                                  AND t.language = ?2) THEN ?2 ELSE s.language END
                            FROM catalogue.service s WHERE s.organization_id = CAST(?1 AS uuid)""")
                    .setParameter(1, id.toString()).setParameter(2, language == null ? "" : language).getResultList()) {
                String[] parts = ((String) row).split("\\|", 2);
                shownIn.put(parts[0], parts[1]);
            }
            List<ServiceSummary> services = new ArrayList<>();
            json.path("services").forEach(s -> services.add(new ServiceSummary(UUID.fromString(s.path("id").asText()),
                    text(s, "name"), text(s, "description"), shownIn.get(s.path("id").asText()))));
            services.sort(Comparator.comparing(ServiceSummary::name, collator));
            return new OrganizationDetail(id, text(json, "name"), text(json, "description"), text(json, "website"),
                    text(json, "email"), text(json, "legal_status"), services);
        });
    }

    /**
     * Where distances from a town are measured: the mean position of the public places of the
     * services it is the service area of. The platform keeps no coordinates for its municipalities,
     * and the centre of the town's services is what "near the centre" means to a reader.
     */
    public Optional<ServiceQuery.GeoPoint> municipalityCentre(UUID municipalityId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT avg(l.latitude)::float8, avg(l.longitude)::float8
                        FROM catalogue.service_area sa
                        JOIN catalogue.service_at_location sal ON sal.service_id = sa.service_id
                        JOIN catalogue.location l ON l.id = sal.location_id AND NOT l.confidential
                        WHERE sa.municipality_id = CAST(?1 AS uuid)
                          AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL""")
                .setParameter(1, municipalityId.toString()).getSingleResult();
        return row[0] == null ? Optional.empty()
                : Optional.of(new ServiceQuery.GeoPoint(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
    }

    private ServiceDetail detail(JsonNode s, String language) {
        UUID id = UUID.fromString(s.path("id").asText());
        String original = (String) em.createNativeQuery("SELECT language FROM catalogue.service WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString()).getSingleResult();
        List<String> statuses = new ArrayList<>();
        List<String> genders = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        SELECT coalesce(residence_status, '') || '|' || coalesce(gender, '')
                        FROM catalogue.service_eligibility WHERE service_id = CAST(?1 AS uuid)
                        ORDER BY residence_status, gender""")
                .setParameter(1, id.toString()).getResultList()) {
            String[] parts = ((String) row).split("\\|", -1);
            if (!parts[0].isEmpty()) {
                statuses.add(parts[0]);
            }
            if (!parts[1].isEmpty()) {
                genders.add(parts[1]);
            }
        }

        List<Place> places = new ArrayList<>();
        for (JsonNode sal : s.path("service_at_locations")) {
            JsonNode l = sal.path("location");
            List<String> lines = new ArrayList<>();
            for (JsonNode a : l.path("addresses")) {
                lines.add(join(", ", text(a, "address_1"), text(a, "address_2")));
                lines.add(join(" ", text(a, "postal_code"), text(a, "city")));
            }
            lines.removeIf(java.util.Objects::isNull);
            List<ServiceHit.OpeningHours> hours = hours(sal.path("schedules"));
            hours.addAll(hours(l.path("schedules")));
            List<String> phones = new ArrayList<>();
            sal.path("phones").forEach(p -> phones.add(text(p, "number")));
            l.path("phones").forEach(p -> phones.add(text(p, "number")));
            places.add(new Place(UUID.fromString(l.path("id").asText()), text(l, "name"), lines,
                    number(l, "latitude"), number(l, "longitude"), hours, phones));
        }
        List<ServiceHit.OpeningHours> hours = hours(s.path("schedules"));
        List<Phone> phones = new ArrayList<>();
        s.path("phones").forEach(p -> phones.add(new Phone(text(p, "number"), text(p, "type"))));
        Set<String> languages = new LinkedHashSet<>();
        s.path("languages").forEach(l -> languages.add(text(l, "code")));
        List<String> documents = new ArrayList<>();
        s.path("required_documents").forEach(d -> documents.add(text(d, "document")));
        List<Cost> costs = new ArrayList<>();
        s.path("cost_options").forEach(c -> costs.add(new Cost(text(c, "option"),
                c.path("amount").isNumber() ? c.path("amount").decimalValue() : null, text(c, "currency"),
                text(c, "amount_description"))));
        List<String> areas = new ArrayList<>();
        s.path("service_areas").forEach(a -> areas.add(text(a, "name")));
        List<String> themes = new ArrayList<>();
        s.path("attributes").forEach(a -> themes.add(text(a.path("taxonomy_term"), "name")));
        themes.removeIf(java.util.Objects::isNull);
        String assured = text(s, "assured_date");
        return new ServiceDetail(id, text(s, "name"), original, text(s, "description"),
                UUID.fromString(s.path("organization_id").asText()), text(s.path("organization"), "name"),
                text(s, "status"), text(s, "url"), text(s, "email"), text(s, "application_process"),
                text(s, "fees_description"), text(s, "eligibility_description"), text(s, "alert"),
                integer(s, "minimum_age"), integer(s, "maximum_age"), statuses, genders, List.copyOf(languages), places,
                hours, phones, documents, costs, areas, themes, assured == null ? null : LocalDate.parse(assured),
                textStates(id, s, original, language));
    }

    /** Per shown field: reviewed, unreviewed, or no translation into the reader's language at all. */
    private Map<String, TextState> textStates(UUID id, JsonNode s, String original, String language) {
        Map<String, TextState> states = new HashMap<>();
        if (language == null || language.isBlank() || language.equals(original)) {
            return states;
        }
        Map<String, Boolean> reviewed = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT field || '|' || reviewed FROM catalogue.translation
                        WHERE entity_type = 'service' AND entity_id = CAST(?1 AS uuid) AND language = ?2""")
                .setParameter(1, id.toString()).setParameter(2, language).getResultList()) {
            String[] parts = ((String) row).split("\\|");
            reviewed.put(parts[0], Boolean.parseBoolean(parts[1]) || "t".equals(parts[1]));
        }
        for (String field : TEXT_FIELDS) {
            if (text(s, field) == null) {
                continue;
            }
            Boolean r = reviewed.get(field);
            states.put(field, r == null ? TextState.ORIGINAL : r ? TextState.FINAL : TextState.UNREVIEWED);
        }
        return states;
    }

    private static List<ServiceHit.OpeningHours> hours(JsonNode schedules) {
        List<ServiceHit.OpeningHours> hours = new ArrayList<>();
        for (JsonNode sc : schedules) {
            String opens = text(sc, "opens_at");
            String closes = text(sc, "closes_at");
            hours.add(new ServiceHit.OpeningHours(text(sc, "byday"), opens == null ? null : LocalTime.parse(opens),
                    closes == null ? null : LocalTime.parse(closes), join(" ", text(sc, "description"), text(sc, "notes"))));
        }
        return hours;
    }

    private static JsonNode parse(String json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database built invalid JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).intValue() : null;
    }

    private static Double number(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).doubleValue() : null;
    }

    private static String join(String separator, String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : separator).append(part);
            }
        }
        return joined.toString().isEmpty() ? null : joined.toString();
    }
}
