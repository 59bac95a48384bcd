package eu.convivio.launcher.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue search over HTTP on the demo data, signed out. */
@ExtendWith(SharedConvivio.class)
class CatalogueSearchIT {

    private static final String LEGAL_AID_SOFIA = "5b0c1f3e-6d0a-4c59-9a8e-2f1d7c3b9a01";

    @Test
    void anAsylumSeekerInSofiaFindsFreeLegalHelpInBulgarian(Api api) {
        Api.Reply reply = api.get("/api/catalogue/search?q=" + encode("правна помощ") + "&lang=bg"
                + "&residence_status=asylum_seeker&free=true&municipality=Sofia", null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject page = reply.object();
        List<JsonObject> hits = page.getJsonArray("contents").getValuesAs(JsonObject.class);
        assertThat(hits).isNotEmpty();
        JsonObject first = hits.get(0);
        assertThat(first.getString("name")).isEqualTo("Безплатна правна помощ за търсещи закрила");
        assertThat(first.getString("organization_id")).isEqualTo(LEGAL_AID_SOFIA);
        assertThat(first.getString("text_language")).isEqualTo("bg");
        assertThat(first.getBoolean("free")).isTrue();
        assertThat(first.getJsonArray("themes").getString(0)).isEqualTo("legal-counselling");
        assertThat(first.getJsonObject("place").getString("city")).isEqualTo("София");
        assertThat(page.getJsonNumber("total_items").longValue()).isEqualTo(hits.size());
        assertThat(page.getInt("page_number")).isEqualTo(1);

        JsonObject facets = page.getJsonObject("facets");
        List<JsonObject> themes = facets.getJsonArray("theme").getValuesAs(JsonObject.class);
        assertThat(themes).anySatisfy(t -> {
            assertThat(t.getString("value")).isEqualTo("legal-counselling");
            assertThat(t.getString("label")).isEqualTo("Правно консултиране и документи");
            assertThat(t.getJsonNumber("count").longValue()).isPositive();
        });
        assertThat(facets.getJsonArray("municipality").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getString("label")).isEqualTo("Sofia"));
        assertThat(facets.getJsonArray("residence_status").getValuesAs(JsonObject.class))
                .anySatisfy(s -> assertThat(s.getString("value")).isEqualTo("asylum_seeker"));
    }

    @Test
    void theSameSearchInEnglishShowsTheTranslation(Api api) {
        Api.Reply reply = api.send(api.request("/api/catalogue/search?q=" + encode("free legal counselling")
                + "&municipality=Sofia", null).header("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(reply.status()).isEqualTo(200);
        JsonObject first = reply.object().getJsonArray("contents").getJsonObject(0);
        assertThat(first.getString("name")).isEqualTo("Free legal counselling for asylum seekers");
        assertThat(first.getString("text_language")).isEqualTo("en");
    }

    @Test
    void pagingByDistanceFromSofiaSeesEachServiceOnceAndNearestFirst(Api api) {
        Set<String> seen = new HashSet<>();
        List<Double> distances = new ArrayList<>();
        long total = -1;
        for (int page = 1; page <= 3; page++) {
            Api.Reply reply = api.get("/api/catalogue/search?lang=en&sort=distance&lat=42.6977&lon=23.3219&per_page=25&page=" + page, null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            total = reply.object().getJsonNumber("total_items").longValue();
            for (JsonObject hit : reply.object().getJsonArray("contents").getValuesAs(JsonObject.class)) {
                assertThat(seen.add(hit.getString("id"))).as("seen twice").isTrue();
                if (!hit.isNull("distance_km")) {
                    distances.add(hit.getJsonNumber("distance_km").doubleValue());
                }
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(250);
        assertThat(seen).hasSize(75);
        assertThat(distances).isSorted();
        assertThat(distances.get(0)).isLessThan(5.0);
    }

    @Test
    void sheltersAreFoundButTheirWhereaboutsNeverShown(Api api) {
        Api.Reply reply = api.get("/api/catalogue/search?lang=en&q=" + encode("emergency shelter") + "&per_page=100", null);
        assertThat(reply.status()).isEqualTo(200);
        List<JsonObject> hits = reply.object().getJsonArray("contents").getValuesAs(JsonObject.class);
        assertThat(hits).isNotEmpty();
        assertThat(hits).filteredOn(h -> h.getString("name").toLowerCase().contains("shelter"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.isNull("place")).isTrue());
    }

    @Test
    void badParametersAreProblemsNamingTheParameter(Api api) {
        problem(api, "/api/catalogue/search?sort=distance", "sort");
        problem(api, "/api/catalogue/search?residence_status=tourist", "residence_status");
        problem(api, "/api/catalogue/search?age=200", "age");
        problem(api, "/api/catalogue/search?per_page=101", "per_page");
        problem(api, "/api/catalogue/search?page=0", "page");
        problem(api, "/api/catalogue/search?theme=astrology", "theme");
        problem(api, "/api/catalogue/search?municipality=Atlantis", "municipality");
        problem(api, "/api/catalogue/search?lat=91&lon=0", "lat");
        problem(api, "/api/catalogue/search?free=maybe", "free");
    }

    private static void problem(Api api, String path, String parameter) {
        Api.Reply reply = api.get(path, null);
        assertThat(reply.status()).as(path + " -> " + reply).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.object();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(parameter);
        assertThat(problem.getString("detail")).contains(parameter);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
