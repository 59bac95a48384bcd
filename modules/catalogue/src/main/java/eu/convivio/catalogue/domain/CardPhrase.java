package eu.convivio.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One phrase of a communication card: something the newcomer says ({@code say}) or a question
 * ({@code ask}) with the answers to point at, each in the languages it has been written in.
 */
public record CardPhrase(UUID id, String kind, Map<String, CardText> texts, List<CardPhrase> answers) {

    public CardPhrase {
        texts = Map.copyOf(texts);
        answers = List.copyOf(answers);
    }

    public boolean isQuestion() {
        return "ask".equals(kind);
    }

    public Optional<CardText> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** Whether this phrase and all its answers exist in the language. */
    public boolean complete(String language) {
        return texts.containsKey(language) && answers.stream().allMatch(a -> a.complete(language));
    }
}
