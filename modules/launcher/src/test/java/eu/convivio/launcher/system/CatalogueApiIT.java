package eu.convivio.launcher.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The service catalogue as an HSDS client and a newcomer use it, on the demo data, signed out. */
@ExtendWith(SharedConvivio.class)
class CatalogueApiIT {

    private static final String LEGAL_AID_SOFIA = "5b0c1f3e-6d0a-4c59-9a8e-2f1d7c3b9a01";

    @Test
    void anHsdsClientPagingThroughTheServicesSeesEachExactlyOnce(Api api) {
        Set<String> seen = new HashSet<>();
        long total = -1;
        int sum = 0;
        for (int page = 1; ; page++) {
            Api.Reply reply = api.get("/api/hsds/services?per_page=37&page=" + page, null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject envelope = reply.object();
            assertThat(envelope.getInt("page_number")).isEqualTo(page);
            assertThat(envelope.getBoolean("first_page")).isEqualTo(page == 1);
            total = envelope.getJsonNumber("total_items").longValue();
            List<JsonObject> contents = envelope.getJsonArray("contents").getValuesAs(JsonObject.class);
            assertThat(envelope.getInt("size")).isEqualTo(contents.size());
            sum += contents.size();
            contents.forEach(s -> assertThat(seen.add(s.getString("id"))).as("seen twice: " + s.getString("id")).isTrue());
            if (envelope.getBoolean("last_page")) {
                assertThat(envelope.getJsonNumber("total_pages").longValue()).isEqualTo(page);
                break;
            }
            assertThat(page).as("more pages than total_pages").isLessThan(envelope.getInt("total_pages"));
        }
        assertThat(total).isGreaterThanOrEqualTo(250);
        assertThat(sum).isEqualTo(total);
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void aNewcomerFindsFreeLegalCounsellingForAsylumSeekersInSofiaInBulgarian(Api api) {
        Api.Reply found = api.get("/api/hsds/services?lang=bg&search=" + encode("безплатна правна помощ"), null);
        assertThat(found.status()).isEqualTo(200);
        JsonObject service = found.object().getJsonArray("contents").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("organization_id").equals(LEGAL_AID_SOFIA))
                .findFirst().orElseThrow(() -> new AssertionError("not found: " + found.body()));
        assertThat(service.getString("name")).isEqualTo("Безплатна правна помощ за търсещи закрила");

        Api.Reply full = api.get("/api/hsds/services/" + service.getString("id") + "?lang=bg", null);
        assertThat(full.status()).isEqualTo(200);
        JsonObject detail = full.object();
        assertThat(detail.getString("fees_description")).isEqualTo("Безплатно");
        assertThat(detail.getJsonObject("organization").getString("id")).isEqualTo(LEGAL_AID_SOFIA);
        assertThat(detail.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location")
                .getJsonArray("addresses").getJsonObject(0).getString("city")).isEqualTo("София");
        assertThat(detail.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonObject("taxonomy_term").getString("name"))
                .contains("Правно консултиране и документи");

        // the same service for a reader of English, asked through Accept-Language
        Api.Reply english = api.send(api.request("/api/hsds/services/" + service.getString("id"), null)
                .header("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(english.object().getString("name")).isEqualTo("Free legal counselling for asylum seekers");
    }

    @Test
    void noShelterLocationEverReachesThePublic(Api api) {
        Api.Reply shelters = api.get("/api/hsds/services?per_page=100&lang=en&search=" + encode("emergency shelter women"), null);
        List<JsonObject> found = shelters.object().getJsonArray("contents").getValuesAs(JsonObject.class);
        assertThat(found).hasSizeGreaterThanOrEqualTo(10);
        for (JsonObject shelter : found) {
            Api.Reply full = api.get("/api/hsds/services/" + shelter.getString("id"), null);
            assertThat(full.status()).isEqualTo(200);
            assertThat(full.object().getJsonArray("service_at_locations")).as(full.body()).isEmpty();
            assertThat(full.body()).doesNotContain("latitude").doesNotContain("address_1");
            // people reach the shelter through its phone line instead
            assertThat(full.object().getJsonArray("phones")).isNotEmpty();
        }
        Set<String> shelterIds = new HashSet<>(found.stream().map(s -> s.getString("id")).toList());
        JsonObject atLocations = api.get("/api/hsds/service_at_locations?per_page=500", null).object();
        assertThat(atLocations.getBoolean("last_page")).isTrue();
        List<JsonObject> listed = atLocations.getJsonArray("contents").getValuesAs(JsonObject.class);
        assertThat(listed).isNotEmpty().noneMatch(sal -> shelterIds.contains(sal.getString("service_id")));
        JsonObject locations = api.get("/api/hsds/locations?per_page=500", null).object();
        assertThat(locations.getJsonNumber("total_items").longValue()).isEqualTo(listed.size());
        JsonObject location = api.get("/api/hsds/locations/" + listed.get(0).getString("location_id"), null).object();
        assertThat(location.getJsonArray("addresses")).isNotEmpty();
    }

    @Test
    void theThemesAreATaxonomyWithTermsInTheReadersLanguage(Api api) {
        JsonObject taxonomies = api.get("/api/hsds/taxonomies", null).object();
        JsonObject themes = taxonomies.getJsonArray("contents").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("convivio-themes")).findFirst().orElseThrow();
        JsonObject terms = api.get("/api/hsds/taxonomy_terms?lang=sk&per_page=100&taxonomy_id=" + themes.getString("id"), null).object();
        assertThat(terms.getJsonArray("contents").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("name")).contains("Bývanie", "Tlmočenie", "Duševné zdravie a psychosociálna podpora");
        JsonObject housing = terms.getJsonArray("contents").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("housing")).findFirst().orElseThrow();

        JsonObject tagged = api.get("/api/hsds/services?per_page=500&taxonomy_term_id=" + housing.getString("id"), null).object();
        assertThat(tagged.getJsonNumber("total_items").longValue()).isPositive();
        JsonObject first = api.get("/api/hsds/services/" + tagged.getJsonArray("contents").getJsonObject(0).getString("id"), null).object();
        assertThat(first.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("taxonomy_term_id")).contains(housing.getString("id"));
    }

    @Test
    void organizationsAreListedAndShownWithTheirServices(Api api) {
        JsonObject page = api.get("/api/hsds/organizations?per_page=100", null).object();
        assertThat(page.getJsonNumber("total_items").longValue()).isGreaterThanOrEqualTo(50);
        JsonObject legalAid = api.get("/api/hsds/organizations/" + LEGAL_AID_SOFIA + "?lang=en", null).object();
        assertThat(legalAid.getString("name")).isEqualTo("Legal Aid for Refugees Sofia");
        assertThat(legalAid.getJsonArray("services")).isNotEmpty();
    }

    @Test
    void aFutureModifiedAfterFindsNothing(Api api) {
        JsonObject page = api.get("/api/hsds/services?modified_after=2100-01-01T00:00:00Z", null).object();
        assertThat(page.getJsonNumber("total_items").longValue()).isZero();
        assertThat(page.getBoolean("empty")).isTrue();
        assertThat(page.getJsonArray("contents")).isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
    }

    @Test
    void badRequestsAreAnsweredWithProblemDetails(Api api) {
        Api.Reply unknown = api.get("/api/hsds/services/00000000-0000-4000-8000-000000000000", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Reply unknownOrganization = api.get("/api/hsds/organizations/not-a-uuid", null);
        assertThat(unknownOrganization.status()).isEqualTo(404);
        for (String query : List.of("page=0", "page=two", "per_page=0", "per_page=100000", "modified_after=yesterday")) {
            Api.Reply bad = api.get("/api/hsds/services?" + query, null);
            assertThat(bad.status()).as(query).isEqualTo(422);
            assertThat(bad.contentType()).as(query).startsWith("application/problem+json");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
