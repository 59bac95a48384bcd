package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardPhrase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo communication cards as stored, and their PDF in two scripts. */
class CardsTest {

    private static final List<String> DEMO_LANGUAGES = List.of("ar", "bg", "el", "en", "fa", "sk", "uk");

    private static List<Card> cards;

    @BeforeAll
    static void demoCards() {
        CatalogueUnit.doInTransaction(em -> {
            Number existing = (Number) em.createNativeQuery("SELECT count(*) FROM catalogue.card_situation WHERE code = 'health-problem'").getSingleResult();
            if (existing.intValue() == 0) {
                DemoCards.load(em);
            }
        });
        // other tests add cards of their own; these are the demo's
        cards = CatalogueUnit.inTransaction(em -> new CardQueries(em).all()).stream().filter(c -> c.municipalityId() == null
                && !c.situation().matches("(flood|storm|quake|fire)-.*")).toList();
    }

    @Test
    void everyDemoCardHasEveryPhraseInTheSevenLanguages() {
        assertThat(cards).extracting(Card::situation).contains("health-problem", "pregnancy-birth", "lost-documents",
                "missing-person", "abduction", "theft", "threat", "violence", "at-the-doctor", "at-the-office");
        assertThat(cards.get(0).emergency()).isTrue();
        for (Card card : cards) {
            assertThat(card.languages()).as(card.situation()).containsExactlyElementsOf(DEMO_LANGUAGES);
            assertThat(card.phrases()).as(card.situation()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void questionsCarryTheirAnswersAndOnlyEnglishIsReviewed() {
        Card health = card("health-problem");
        CardPhrase where = health.phrases().stream().filter(p -> p.in("en").orElseThrow().text().equals("Where does it hurt?"))
                .findFirst().orElseThrow();
        assertThat(where.isQuestion()).isTrue();
        assertThat(where.answers()).extracting(a -> a.in("en").orElseThrow().text()).contains("Head", "Stomach");
        assertThat(where.in("fa").orElseThrow().text()).isEqualTo("کجایتان درد می‌کند؟");
        assertThat(where.in("bg").orElseThrow().reviewed()).isFalse();
        assertThat(where.in("en").orElseThrow().reviewed()).isTrue();
        assertThat(health.unreviewed("en")).isFalse();
        assertThat(health.unreviewed("fa")).isTrue();
    }

    @Test
    void theBulgarianPersianPdfEmbedsItsFontsAndCarriesBothTexts() throws IOException {
        Card health = card("health-problem");
        byte[] pdf = CardPdf.render(health, "bg", "fa", "Convivio – test");
        Path file = Path.of("target", "card-health-problem-bg-fa.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Здравословен", "Трябва ми лекар.", "Къде ви боли?", "Ръка или крак");
        }
    }

    private static Card card(String situation) {
        return cards.stream().filter(c -> c.situation().equals(situation)).findFirst().orElseThrow();
    }
}
