package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** Writes the cards with the given entity manager (in its transaction); answers how many phrases. */
    public static int load(EntityManager em) {
        JsonNode root = read();
        List<String> languages = new ArrayList<>();
        root.get("languages").forEach(l -> languages.add(l.asText()));
        Set<String> reviewed = new HashSet<>();
        root.get("reviewed").forEach(l -> reviewed.add(l.asText()));
        int position = 0;
        int count = 0;
        for (JsonNode situation : root.get("situations")) {
            String code = situation.get("code").asText();
            em.createNativeQuery("INSERT INTO catalogue.card_situation (code, position, emergency) VALUES (?1, ?2, ?3)")
                    .setParameter(1, code).setParameter(2, position++).setParameter(3, situation.get("emergency").asBoolean())
                    .executeUpdate();
            texts(em, "situation", code, null, situation.get("title"), languages, reviewed);
            int phrasePosition = 0;
            for (JsonNode phrase : situation.get("phrases")) {
                String kind = phrase.has("ask") ? "ask" : "say";
                UUID id = id(code, phrasePosition);
                insertPhrase(em, id, code, phrasePosition++, kind, null);
                texts(em, "phrase", null, id, phrase.get(kind), languages, reviewed);
                count++;
                if (phrase.has("answers")) {
                    for (JsonNode answer : phrase.get("answers")) {
                        UUID answerId = id(code, phrasePosition);
                        insertPhrase(em, answerId, code, phrasePosition++, "answer", id);
                        texts(em, "phrase", null, answerId, answer, languages, reviewed);
                        count++;
                    }
                }
            }
        }
        em.flush();
        return count;
    }

    private static void insertPhrase(EntityManager em, UUID id, String situation, int position, String kind, UUID question) {
        em.createNativeQuery("INSERT INTO catalogue.card_phrase (id, situation, position, kind, question_id) "
                        + "VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, CAST(?5 AS uuid))")
                .setParameter(1, id.toString()).setParameter(2, situation).setParameter(3, position).setParameter(4, kind)
                .setParameter(5, question == null ? null : question.toString()).executeUpdate();
    }

    private static void texts(EntityManager em, String owner, String situation, UUID phrase, JsonNode texts,
                              List<String> languages, Set<String> reviewed) {
        if (texts.size() != languages.size()) {
            throw new IllegalStateException(RESOURCE + ": " + texts + " does not have one text per language " + languages);
        }
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            String key = owner + ":" + (situation != null ? situation : phrase) + ":" + language;
            em.createNativeQuery("INSERT INTO catalogue.card_text (id, situation, phrase_id, language, text, reviewed) "
                            + "VALUES (CAST(?1 AS uuid), ?2, CAST(?3 AS uuid), ?4, ?5, ?6)")
                    .setParameter(1, UUID.nameUUIDFromBytes(("convivio-demo:card-text:" + key).getBytes(StandardCharsets.UTF_8)).toString())
                    .setParameter(2, situation).setParameter(3, phrase == null ? null : phrase.toString())
                    .setParameter(4, language).setParameter(5, texts.get(i).asText())
                    .setParameter(6, reviewed.contains(language)).executeUpdate();
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
