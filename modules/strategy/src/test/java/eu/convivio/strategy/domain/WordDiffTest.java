package eu.convivio.strategy.domain;

import eu.convivio.strategy.domain.WordDiff.Change;
import eu.convivio.strategy.domain.WordDiff.Run;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void changedWordsAreMarkedAndTheRestKept() {
        List<Run> runs = WordDiff.between("More than 9000 foreigners live here.", "More than 11500 foreigners now live here.");
        assertThat(runs).containsExactly(
                new Run(Change.KEPT, "More than "),
                new Run(Change.REMOVED, "9000"),
                new Run(Change.ADDED, "11500"),
                new Run(Change.KEPT, " foreigners "),
                new Run(Change.ADDED, "now "),
                new Run(Change.KEPT, "live here."));
        assertThat(WordDiff.words(runs, Change.ADDED)).isEqualTo(2);
        assertThat(WordDiff.words(runs, Change.REMOVED)).isEqualTo(1);
    }

    @Test
    void wordsWithDiacriticsStayWhole() {
        List<Run> runs = WordDiff.between("tlmočenie na úradoch", "tlmočenie v úradoch");
        assertThat(runs).contains(new Run(Change.REMOVED, "na"), new Run(Change.ADDED, "v"));
        assertThat(runs).contains(new Run(Change.KEPT, "tlmočenie "));
    }

    @Test
    void identicalTextsHaveNoChange() {
        assertThat(WordDiff.changed(WordDiff.between("Στέγαση για όλους", "Στέγαση για όλους"))).isFalse();
        assertThat(WordDiff.changed(WordDiff.between("", "New"))).isTrue();
    }
}
