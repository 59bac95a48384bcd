package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardContent;
import eu.convivio.catalogue.domain.CardPhrase;
import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cards that cities add, written to and read back from PostgreSQL. */
class CardWriterTest {

    private static CardContent.Text text(String t, boolean reviewed) {
        return new CardContent.Text(t, reviewed);
    }

    @BeforeAll
    static void demoCardsFirst() {
        // the demo is loaded into an empty list of situations; load it before adding others
        CardsTest.demoCards();
    }

    private static boolean write(java.util.function.Function<CardWriter, Boolean> work) {
        return CatalogueUnit.inTransaction(em -> work.apply(new CardWriter(em)));
    }

    private static Card read(String code) {
        return CatalogueUnit.inTransaction(em -> new CardQueries(em).all()).stream()
                .filter(c -> c.situation().equals(code)).findFirst().orElse(null);
    }

    private static CardContent flood() {
        return new CardContent(true, Map.of("en", text("Flood", true), "bg", text("Наводнение", false)), List.of(
                new CardContent.Phrase(null, "say", Map.of("en", text("Our house is flooded", true), "bg", text("Къщата ни е наводнена", false)), List.of()),
                new CardContent.Phrase(null, "ask", Map.of("en", text("Do you need a doctor?", true), "bg", text("Нуждаете ли се от лекар?", false)),
                        List.of(new CardContent.Phrase(null, "answer", Map.of("en", text("Yes", true), "bg", text("Да", false)), List.of()),
                                new CardContent.Phrase(null, "answer", Map.of("en", text("No", true), "bg", text("Не", false)), List.of())))));
    }

    /** The content as written without ids, for comparing what was read back with what was sent. */
    private static CardContent withoutIds(CardContent c) {
        return new CardContent(c.emergency(), c.titles(), c.phrases().stream().map(CardWriterTest::withoutIds).toList());
    }

    private static CardContent.Phrase withoutIds(CardContent.Phrase p) {
        return new CardContent.Phrase(null, p.kind(), p.texts(), p.answers().stream().map(CardWriterTest::withoutIds).toList());
    }

    @Test
    void aNewCardIsAddedAtTheEndWithItsMunicipalityAndPhrasesInOrder() {
        String code = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        UUID municipality = UUID.randomUUID();
        CatalogueUnit.doInTransaction(em -> em.createNativeQuery("""
                INSERT INTO platform.municipality (id, name, country, kind, default_language, time_zone)
                VALUES (CAST(?1 AS uuid), ?2, 'BG', 'MUNICIPALITY', 'bg', 'Europe/Sofia')""")
                .setParameter(1, municipality.toString()).setParameter(2, "Card town " + code).executeUpdate());
        assertThat(write(w -> w.create(code, municipality, flood()))).isTrue();
        assertThat(write(w -> w.create(code, municipality, flood()))).as("code taken").isFalse();

        Card card = read(code);
        assertThat(card.municipalityId()).isEqualTo(municipality);
        assertThat(card.version()).isZero();
        assertThat(card.languages()).containsExactly("bg", "en");
        assertThat(card.phrases()).extracting(p -> p.in("en").orElseThrow().text()).containsExactly("Our house is flooded", "Do you need a doctor?");
        assertThat(card.phrases().get(1).answers()).extracting(a -> a.in("bg").orElseThrow().text()).containsExactly("Да", "Не");
        assertThat(card.unreviewed("bg")).isTrue();
        assertThat(card.unreviewed("en")).isFalse();
        List<Card> all = CatalogueUnit.inTransaction(em -> new CardQueries(em).all());
        assertThat(all.get(all.size() - 1).situation()).as("added at the end").isEqualTo(code);
    }

    @Test
    void aSaveKeepsPhraseIdsRemovesWhatWasLeftOutAndRaisesTheVersionOnce() {
        String code = "storm-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogueUnit.doInTransaction(em -> new CardWriter(em).create(code, null, flood()));
        Card before = read(code);
        CardPhrase kept = before.phrases().get(1);
        CardContent changed = new CardContent(false, Map.of("en", text("Storm", true), "fa", text("طوفان", false)), List.of(
                new CardContent.Phrase(kept.id(), "ask", Map.of("en", text("Do you need a doctor?", true), "fa", text("آیا به پزشک نیاز دارید؟", false)),
                        List.of(new CardContent.Phrase(kept.answers().get(0).id(), "answer", Map.of("en", text("Yes", true), "fa", text("بله", false)), List.of())))));

        assertThat(write(w -> w.update(code, before.version(), changed))).isTrue();
        Card after = read(code);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.emergency()).isFalse();
        assertThat(after.languages()).containsExactly("en", "fa");
        assertThat(after.phrases()).extracting(CardPhrase::id).containsExactly(kept.id());
        assertThat(after.phrases().get(0).answers()).extracting(CardPhrase::id).containsExactly(kept.answers().get(0).id());
        assertThat(after.content()).isEqualTo(changed);

        assertThat(write(w -> w.update(code, before.version(), flood())))
                .as("a save on the version read before the last one").isFalse();
        assertThat(read(code).content()).isEqualTo(changed);
    }

    @Test
    void aPhraseOfAnotherCardCannotBeMovedInAndNothingIsWritten() {
        String code = "quake-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogueUnit.doInTransaction(em -> new CardWriter(em).create(code, null, flood()));
        UUID foreign = read("health-problem").phrases().get(0).id();
        CardContent stolen = new CardContent(true, Map.of("en", text("Quake", true)),
                List.of(new CardContent.Phrase(foreign, "say", Map.of("en", text("Help", true)), List.of())));
        assertThatThrownBy(() -> CatalogueUnit.doInTransaction(em -> new CardWriter(em).update(code, 0, stolen)))
                .isInstanceOf(Problem.Invalid.class).hasMessageContaining("is not on this card");
        assertThat(withoutIds(read(code).content())).isEqualTo(flood());
    }

    @Test
    void aDeletedCardTakesItsPhrasesAndTextsWithIt() {
        String code = "fire-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogueUnit.doInTransaction(em -> new CardWriter(em).create(code, null, flood()));
        assertThat(write(w -> w.delete(code, 5))).as("wrong version").isFalse();
        assertThat(write(w -> w.delete(code, 0))).isTrue();
        assertThat(read(code)).isNull();
        Number orphans = CatalogueUnit.inTransaction(em -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM catalogue.card_phrase WHERE situation = ?1").setParameter(1, code).getSingleResult());
        assertThat(orphans.intValue()).isZero();
    }
}
