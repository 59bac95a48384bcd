package eu.convivio.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A communication card: a situation (a theft, a visit to the doctor) with its phrases. A card can
 * be printed in a language only when its title and every phrase exist in it: a half-translated
 * card would leave the person pointing at an empty box.
 *
 * @param municipalityId the city that added the card and keeps it, or {@code null} for the cards
 *                       shipped with Convivio (kept by platform administrators)
 * @param version        raised by every change, for optimistic locking of the whole card
 */
public record Card(String situation, boolean emergency, Map<String, CardText> titles, List<CardPhrase> phrases,
                   UUID municipalityId, long version) {

    public Card {
        titles = Map.copyOf(titles);
        phrases = List.copyOf(phrases);
    }

    /** The languages in which the whole card exists, sorted by code. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>(titles.keySet());
        languages.removeIf(l -> !phrases.stream().allMatch(p -> p.complete(l)));
        return languages;
    }

    public Optional<CardText> title(String language) {
        return Optional.ofNullable(titles.get(language));
    }

    /** Whether any text the card shows in the language has not been reviewed. */
    public boolean unreviewed(String language) {
        return title(language).map(t -> !t.reviewed()).orElse(true)
                || phrases.stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.answers().stream()))
                .anyMatch(p -> p.in(language).map(t -> !t.reviewed()).orElse(true));
    }

    /** The card as an editor's form starts from: every text in every language it has, answers under their questions. */
    public CardContent content() {
        return new CardContent(emergency, texts(titles), phrases.stream().map(Card::content).toList());
    }

    private static CardContent.Phrase content(CardPhrase p) {
        return new CardContent.Phrase(p.id(), p.kind(), texts(p.texts()), p.answers().stream().map(Card::content).toList());
    }

    private static Map<String, CardContent.Text> texts(Map<String, CardText> texts) {
        Map<String, CardContent.Text> result = new java.util.TreeMap<>();
        texts.forEach((language, t) -> result.put(language, new CardContent.Text(t.text(), t.reviewed())));
        return result;
    }
}
