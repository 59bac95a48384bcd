package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardPhrase;
import eu.convivio.catalogue.domain.CardText;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the communication cards: situations in their order, phrases in theirs, answers under their questions. */
public class CardQueries {

    private final EntityManager em;

    public CardQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Card> all() {
        Map<String, Map<String, CardText>> titles = new HashMap<>();
        Map<UUID, Map<String, CardText>> phraseTexts = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT situation, CAST(phrase_id AS text), language, text, reviewed FROM catalogue.card_text ORDER BY language")
                .getResultList()) {
            CardText text = new CardText((String) row[2], (String) row[3], (Boolean) row[4]);
            if (row[0] != null) {
                titles.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put(text.language(), text);
            } else {
                phraseTexts.computeIfAbsent(UUID.fromString((String) row[1]), k -> new LinkedHashMap<>()).put(text.language(), text);
            }
        }
        record PhraseRow(UUID id, String situation, String kind, UUID questionId) {
        }
        List<PhraseRow> phraseRows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT CAST(id AS text), situation, kind, CAST(question_id AS text) FROM catalogue.card_phrase ORDER BY situation, position")
                .getResultList()) {
            phraseRows.add(new PhraseRow(UUID.fromString((String) row[0]), (String) row[1], (String) row[2],
                    row[3] == null ? null : UUID.fromString((String) row[3])));
        }
        Map<UUID, List<CardPhrase>> answers = new HashMap<>();
        for (PhraseRow r : phraseRows) {
            if (r.questionId() != null) {
                answers.computeIfAbsent(r.questionId(), k -> new ArrayList<>())
                        .add(new CardPhrase(r.id(), r.kind(), phraseTexts.getOrDefault(r.id(), Map.of()), List.of()));
            }
        }
        Map<String, List<CardPhrase>> phrases = new HashMap<>();
        for (PhraseRow r : phraseRows) {
            if (r.questionId() == null) {
                phrases.computeIfAbsent(r.situation(), k -> new ArrayList<>()).add(new CardPhrase(r.id(), r.kind(),
                        phraseTexts.getOrDefault(r.id(), Map.of()), answers.getOrDefault(r.id(), List.of())));
            }
        }
        List<Card> cards = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT code, emergency, CAST(municipality_id AS text), version FROM catalogue.card_situation ORDER BY position")
                .getResultList()) {
            String code = (String) row[0];
            cards.add(new Card(code, (Boolean) row[1], titles.getOrDefault(code, Map.of()), phrases.getOrDefault(code, List.of()),
                    row[2] == null ? null : UUID.fromString((String) row[2]), ((Number) row[3]).longValue()));
        }
        return cards;
    }
}
