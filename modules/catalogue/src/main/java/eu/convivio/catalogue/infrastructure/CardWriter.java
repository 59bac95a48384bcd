package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.convivio.catalogue.domain.CardContent;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes communication cards in the caller's transaction. A save replaces the whole card: the
 * situation row is updated first (on the version that was read, which also locks it, so two saves
 * of one card run one after the other and the second finds the version changed), then its phrases
 * and texts are written again with the phrases' ids kept.
 */
public class CardWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;

    public CardWriter(EntityManager em) {
        this.em = em;
    }

    /** Adds a situation at the end of the list; answers false when the code is taken. */
    public boolean create(String code, UUID municipalityId, CardContent content) {
        // positions are unique: the lock keeps two cities adding a card at the same moment apart
        em.createNativeQuery("LOCK TABLE catalogue.card_situation IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        Number taken = (Number) em.createNativeQuery("SELECT count(*) FROM catalogue.card_situation WHERE code = ?1")
                .setParameter(1, code).getSingleResult();
        if (taken.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("""
                INSERT INTO catalogue.card_situation (code, position, emergency, municipality_id)
                SELECT ?1, coalesce(max(position), -1) + 1, ?2, CAST(?3 AS uuid) FROM catalogue.card_situation""")
                .setParameter(1, code).setParameter(2, content.emergency())
                .setParameter(3, municipalityId == null ? null : municipalityId.toString()).executeUpdate();
        writeContent(code, content, Set.of());
        return true;
    }

    /**
     * Replaces the card's content if it is still at {@code version}; answers false when someone
     * saved it since (or it was deleted).
     */
    public boolean update(String code, long version, CardContent content) {
        int updated = em.createNativeQuery("""
                UPDATE catalogue.card_situation SET emergency = ?1, version = version + 1, last_modified = now()
                WHERE code = ?2 AND version = ?3""")
                .setParameter(1, content.emergency()).setParameter(2, code).setParameter(3, version).executeUpdate();
        if (updated == 0) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("SELECT CAST(id AS text) FROM catalogue.card_phrase WHERE situation = ?1")
                .setParameter(1, code).getResultList();
        Set<UUID> ids = new java.util.HashSet<>();
        existing.forEach(id -> ids.add(UUID.fromString(id)));
        em.createNativeQuery("DELETE FROM catalogue.card_text WHERE situation = ?1").setParameter(1, code).executeUpdate();
        em.createNativeQuery("DELETE FROM catalogue.card_phrase WHERE situation = ?1").setParameter(1, code).executeUpdate();
        writeContent(code, content, ids);
        return true;
    }

    /** Deletes the card (phrases and texts go with it) if it is still at {@code version}. */
    public boolean delete(String code, long version) {
        return em.createNativeQuery("DELETE FROM catalogue.card_situation WHERE code = ?1 AND version = ?2")
                .setParameter(1, code).setParameter(2, version).executeUpdate() == 1;
    }

    private void writeContent(String code, CardContent content, Set<UUID> ownIds) {
        ArrayNode phrases = JSON.createArrayNode();
        ArrayNode texts = JSON.createArrayNode();
        texts(texts, code, null, content.titles());
        List<Problem.FieldError> foreign = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < content.phrases().size(); i++) {
            CardContent.Phrase p = content.phrases().get(i);
            UUID id = id(p, ownIds, "phrases[" + i + "].id", foreign);
            phrases.addObject().put("id", id.toString()).put("situation", code).put("position", position++)
                    .put("kind", p.kind()).putNull("question_id");
            texts(texts, null, id, p.texts());
            for (int j = 0; j < p.answers().size(); j++) {
                CardContent.Phrase a = p.answers().get(j);
                UUID answerId = id(a, ownIds, "phrases[" + i + "].answers[" + j + "].id", foreign);
                phrases.addObject().put("id", answerId.toString()).put("situation", code).put("position", position++)
                        .put("kind", "answer").put("question_id", id.toString());
                texts(texts, null, answerId, a.texts());
            }
        }
        if (!foreign.isEmpty()) {
            throw new Problem.Invalid(foreign);
        }
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
    }

    /** A phrase keeps its id only if it is one of this card's; ids of other cards' phrases are refused. */
    private static UUID id(CardContent.Phrase p, Set<UUID> ownIds, String path, List<Problem.FieldError> foreign) {
        if (p.id() == null) {
            return UUID.randomUUID();
        }
        if (!ownIds.contains(p.id())) {
            foreign.add(new Problem.FieldError(path, "The phrase " + p.id() + " is not on this card; leave the id out for a new phrase."));
        }
        return p.id();
    }

    private static void texts(ArrayNode rows, String situation, UUID phrase, Map<String, CardContent.Text> texts) {
        texts.forEach((language, t) -> {
            rows.addObject().put("id", UUID.randomUUID().toString()).put("situation", situation)
                    .put("phrase_id", phrase == null ? null : phrase.toString())
                    .put("language", language).put("text", t.text().strip()).put("reviewed", t.reviewed());
        });
    }
}
