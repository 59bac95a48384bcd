package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.convivio.platform.api.DemoDataLoading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The demo communication cards (demo-cards.json beside this class): ten situations with phrases in
 * English, Bulgarian, Greek, Slovak, Arabic, Persian and Ukrainian. Only the English source is
 * marked reviewed; the translations wait for a city's interpreters. Ids derive from the situation
 * and the phrase's position, so every demo load produces the same ids.
 */
@ApplicationScoped
public class DemoCards {

    private static final Logger LOG = Logger.getLogger(DemoCards.class.getName());
    static final String RESOURCE = "demo-cards.json";

    @PersistenceContext
    private EntityManager em;

    void load(@Observes DemoDataLoading event) {
        int phrases = load(em);
        LOG.info(() -> "Demo communication cards loaded: " + phrases + " phrases.");
    }

    /**
     * Writes the cards with the given entity manager (in its transaction); answers how many phrases.
     * The rows go to PostgreSQL as one JSON array per table: three statements instead of a round
     * trip for each of the ~800 rows, which matters on the first start that loads the demo.
     */
    public static int load(EntityManager em) {
        JsonNode root = read();
        List<String> languages = new ArrayList<>();
        root.get("languages").forEach(l -> languages.add(l.asText()));
        Set<String> reviewed = new HashSet<>();
        root.get("reviewed").forEach(l -> reviewed.add(l.asText()));
        ObjectMapper json = new ObjectMapper();
        ArrayNode situations = json.createArrayNode();
        ArrayNode phrases = json.createArrayNode();
        ArrayNode texts = json.createArrayNode();
        int position = 0;
        int count = 0;
        for (JsonNode situation : root.get("situations")) {
            String code = situation.get("code").asText();
            situations.addObject().put("code", code).put("position", position++).put("emergency", situation.get("emergency").asBoolean());
            texts(texts, code, null, situation.get("title"), languages, reviewed);
            int phrasePosition = 0;
            for (JsonNode phrase : situation.get("phrases")) {
                String kind = phrase.has("ask") ? "ask" : "say";
                UUID id = id(code, phrasePosition);
                phrases.addObject().put("id", id.toString()).put("situation", code).put("position", phrasePosition++)
                        .put("kind", kind).putNull("question_id");
                texts(texts, null, id, phrase.get(kind), languages, reviewed);
                count++;
                for (JsonNode answer : phrase.path("answers")) {
                    UUID answerId = id(code, phrasePosition);
                    phrases.addObject().put("id", answerId.toString()).put("situation", code).put("position", phrasePosition++)
                            .put("kind", "answer").put("question_id", id.toString());
                    texts(texts, null, answerId, answer, languages, reviewed);
                    count++;
                }
            }
        }
        em.createNativeQuery("""
                INSERT INTO catalogue.card_situation (code, position, emergency)
                SELECT code, position, emergency FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                    AS r(code varchar, position integer, emergency boolean)""")
                .setParameter(1, situations.toString()).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO catalogue.card_phrase (id, situation, position, kind, question_id)
                SELECT id, situation, position, kind, question_id FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                    AS r(id uuid, situation varchar, position integer, kind varchar, question_id uuid)""")
                .setParameter(1, phrases.toString()).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO catalogue.card_text (id, situation, phrase_id, language, text, reviewed)
                SELECT id, situation, phrase_id, language, text, reviewed FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                    AS r(id uuid, situation varchar, phrase_id uuid, language varchar, text varchar, reviewed boolean)""")
                .setParameter(1, texts.toString()).executeUpdate();
        em.flush();
        return count;
    }

    private static void texts(ArrayNode rows, String situation, UUID phrase, JsonNode texts, List<String> languages,
                              Set<String> reviewed) {
        if (texts.size() != languages.size()) {
            throw new IllegalStateException(RESOURCE + ": " + texts + " does not have one text per language " + languages);
        }
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            String key = (situation != null ? "situation:" + situation : "phrase:" + phrase) + ":" + language;
            rows.addObject()
                    .put("id", UUID.nameUUIDFromBytes(("convivio-demo:card-text:" + key).getBytes(StandardCharsets.UTF_8)).toString())
                    .put("situation", situation)
                    .put("phrase_id", phrase == null ? null : phrase.toString())
                    .put("language", language).put("text", texts.get(i).asText()).put("reviewed", reviewed.contains(language));
        }
    }

    private static UUID id(String situation, int position) {
        return UUID.nameUUIDFromBytes(("convivio-demo:card-phrase:" + situation + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read() {
        try (InputStream in = DemoCards.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the catalogue module");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
