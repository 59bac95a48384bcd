package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CardContentTest {

    static CardContent.Text text(String t) {
        return new CardContent.Text(t, false);
    }

    static CardContent.Phrase say(String en, String fa) {
        return new CardContent.Phrase(null, "say", Map.of("en", text(en), "fa", text(fa)), List.of());
    }

    static CardContent.Phrase ask(String en, CardContent.Phrase... answers) {
        return new CardContent.Phrase(null, "ask", Map.of("en", text(en)), List.of(answers));
    }

    static CardContent.Phrase answer(String en) {
        return new CardContent.Phrase(null, "answer", Map.of("en", text(en)), List.of());
    }

    @Test
    void aCardWithATitleAndPhrasesInAnyLanguagesIsAccepted() {
        CardContent card = new CardContent(true, Map.of("en", text("Flood"), "fa", text("سیل")),
                List.of(say("I need to leave my home", "باید خانه‌ام را ترک کنم"), ask("Is anyone hurt?", answer("Yes"), answer("No"))));
        assertThatCode(card::check).doesNotThrowAnyException();
        assertThat(card.languages()).containsExactly("en", "fa");
    }

    @Test
    void everyProblemIsNamedByItsPathAtOnce() {
        Map<String, CardContent.Text> badTexts = new java.util.HashMap<>();
        badTexts.put("Farsi", text("x"));
        badTexts.put("bg", text("  "));
        CardContent card = new CardContent(false, Map.of(),
                List.of(new CardContent.Phrase(null, "shout", badTexts, List.of()),
                        new CardContent.Phrase(null, "say", Map.of("en", text("Hello")), List.of(answer("Hi"))),
                        ask("Where?", new CardContent.Phrase(null, "answer", Map.of(), List.of(answer("nested"))))));
        Problem.Invalid invalid = catchThrowableOfType(card::check, Problem.Invalid.class);
        assertThat(invalid.byField()).containsKeys("titles", "phrases[0].kind", "phrases[0].texts", "phrases[0].texts.bg",
                "phrases[1].answers", "phrases[2].answers[0].texts", "phrases[2].answers[0].answers");
        assertThat(invalid.byField().get("phrases[0].texts")).contains("'Farsi' is not a language tag");
    }

    @Test
    void aCardWithoutPhrasesOrWithTooManyIsRefused() {
        assertThat(catchThrowableOfType(() -> new CardContent(false, Map.of("en", text("Empty")), List.of()).check(),
                Problem.Invalid.class).byField()).containsKey("phrases");
        List<CardContent.Phrase> many = new ArrayList<>();
        for (int i = 0; i <= CardContent.MAX_PHRASES; i++) {
            many.add(say("Phrase " + i, "عبارت"));
        }
        assertThat(catchThrowableOfType(() -> new CardContent(false, Map.of("en", text("Long")), many).check(),
                Problem.Invalid.class).byField().get("phrases")).contains("at most " + CardContent.MAX_PHRASES);
    }

    @Test
    void aPhraseIdMayAppearOnlyOnceAndTextsHaveALimit() {
        UUID id = UUID.randomUUID();
        CardContent.Phrase first = new CardContent.Phrase(id, "say", Map.of("en", text("One")), List.of());
        CardContent.Phrase second = new CardContent.Phrase(id, "say", Map.of("en", text("x".repeat(CardContent.MAX_TEXT + 1))), List.of());
        Problem.Invalid invalid = catchThrowableOfType(() -> new CardContent(false, Map.of("en", text("Twice")),
                List.of(first, second)).check(), Problem.Invalid.class);
        assertThat(invalid.byField()).containsKeys("phrases[1].id", "phrases[1].texts.en");
    }

    @Test
    void codesAreLowerCaseWordsWithHyphens() {
        assertThatCode(() -> CardContent.checkCode("flood-evacuation")).doesNotThrowAnyException();
        for (String bad : new String[]{null, "", "Flood", "1flood", "flood evacuation", "f", "x".repeat(41)}) {
            assertThat(catchThrowableOfType(() -> CardContent.checkCode(bad), Problem.Invalid.class).byField()).containsKey("code");
        }
    }
}
