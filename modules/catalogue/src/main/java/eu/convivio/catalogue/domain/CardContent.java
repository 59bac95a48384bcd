package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an editor writes for a communication card: its title and phrases, each in any number of
 * languages. The whole card is saved at once, so a card is never left half changed; phrases keep
 * their ids when they carry one, and phrases left out are removed.
 *
 * @param emergency whether the card belongs with the emergencies (listed first)
 * @param titles    the situation's title by language (BCP 47 tag)
 * @param phrases   in the order they are printed
 */
public record CardContent(boolean emergency, Map<String, Text> titles, List<Phrase> phrases) {

    /** At most this many phrases (answers included): a card has to fit on printed pages. */
    public static final int MAX_PHRASES = 80;
    public static final int MAX_TEXT = 500;
    /** The same rule as the database's CHECK on {@code card_text.language}. */
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    public CardContent {
        titles = titles == null ? Map.of() : new TreeMap<>(titles);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    /** A text in one language; {@code reviewed} once someone who knows the language has checked it. */
    public record Text(String text, boolean reviewed) {
    }

    /**
     * A phrase: {@code say} (the newcomer says it) or {@code ask} (a question) with the answers to
     * point at. {@code id} is null for a new phrase.
     */
    public record Phrase(UUID id, String kind, Map<String, Text> texts, List<Phrase> answers) {

        public Phrase {
            texts = texts == null ? Map.of() : new TreeMap<>(texts);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** Checks a new situation's code: lower-case letters, digits and hyphens, starting with a letter. */
    public static void checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Problem.Invalid("code", "Use 2 to 40 lower-case letters, digits and hyphens, starting with a letter (for example flood-evacuation).");
        }
    }

    /**
     * Checks the whole card and answers every problem at once, each named by its path
     * ({@code titles}, {@code phrases[2].texts.fa}, {@code phrases[1].answers[0].kind}).
     */
    public void check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (titles.isEmpty()) {
            errors.add(new Problem.FieldError("titles", "Give the situation a title in at least one language."));
        }
        texts("titles", titles, errors);
        if (phrases.isEmpty()) {
            errors.add(new Problem.FieldError("phrases", "A card needs at least one phrase."));
        }
        Set<UUID> ids = new HashSet<>();
        int count = 0;
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            String path = "phrases[" + i + "]";
            count += 1 + p.answers().size();
            if (!"say".equals(p.kind()) && !"ask".equals(p.kind())) {
                errors.add(new Problem.FieldError(path + ".kind", "A phrase is either 'say' (the newcomer says it) or 'ask' (a question with answers)."));
            }
            if ("say".equals(p.kind()) && !p.answers().isEmpty()) {
                errors.add(new Problem.FieldError(path + ".answers", "Only a question ('ask') has answers."));
            }
            phrase(path, p, ids, errors);
            for (int j = 0; j < p.answers().size(); j++) {
                Phrase a = p.answers().get(j);
                String answerPath = path + ".answers[" + j + "]";
                if (a.kind() != null && !"answer".equals(a.kind())) {
                    errors.add(new Problem.FieldError(answerPath + ".kind", "An answer's kind is 'answer'."));
                }
                if (!a.answers().isEmpty()) {
                    errors.add(new Problem.FieldError(answerPath + ".answers", "An answer cannot have answers of its own."));
                }
                phrase(answerPath, a, ids, errors);
            }
        }
        if (count > MAX_PHRASES) {
            errors.add(new Problem.FieldError("phrases", "A card has at most " + MAX_PHRASES + " phrases and answers; this one has " + count + "."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    private static void phrase(String path, Phrase p, Set<UUID> ids, List<Problem.FieldError> errors) {
        if (p.id() != null && !ids.add(p.id())) {
            errors.add(new Problem.FieldError(path + ".id", "The phrase " + p.id() + " appears twice."));
        }
        if (p.texts().isEmpty()) {
            errors.add(new Problem.FieldError(path + ".texts", "Write the phrase in at least one language."));
        }
        texts(path + ".texts", p.texts(), errors);
    }

    private static void texts(String path, Map<String, Text> texts, List<Problem.FieldError> errors) {
        texts.forEach((language, text) -> {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                errors.add(new Problem.FieldError(path, "'" + language + "' is not a language tag (BCP 47, for example fa or sr-Latn)."));
            } else if (text == null || text.text() == null || text.text().isBlank()) {
                errors.add(new Problem.FieldError(path + "." + language, "Write the text or leave the language out."));
            } else if (text.text().strip().length() > MAX_TEXT) {
                errors.add(new Problem.FieldError(path + "." + language, "At most " + MAX_TEXT + " characters."));
            }
        });
    }

    /** Every language some text of the card is written in. */
    public Set<String> languages() {
        Set<String> languages = new java.util.TreeSet<>(titles.keySet());
        for (Phrase p : phrases) {
            languages.addAll(p.texts().keySet());
            p.answers().forEach(a -> languages.addAll(a.texts().keySet()));
        }
        return languages;
    }
}
