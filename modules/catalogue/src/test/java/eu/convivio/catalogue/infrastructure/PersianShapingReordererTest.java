package eu.convivio.catalogue.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Persian letters get their joined forms, which ICU's Arabic shaping alone leaves isolated. */
class PersianShapingReordererTest {

    private final PersianShapingReorderer shaper = new PersianShapingReorderer();

    @Test
    void farsiYehBetweenTwoJoiningLettersTakesItsMedialForm() {
        // نیاز: noon initial, yeh medial, alef final, zain isolated
        assertThat(shaper.shapeText("نیاز")).isEqualTo("\uFEE7\uFBFF\uFE8E\uFEAF");
    }

    @Test
    void kehehAtTheEndOfAWordTakesItsFinalForm() {
        // پزشک: peh initial (it joins the zain), zain final (it does not join forward), sheen initial, keheh final
        assertThat(shaper.shapeText("پزشک")).isEqualTo("\uFB58\uFEB0\uFEB7\uFB8F");
    }

    @Test
    void aZeroWidthNonJoinerBreaksTheJoin() {
        // می‌کند: meem initial, yeh final, ZWNJ, keheh initial, noon medial, dal final
        assertThat(shaper.shapeText("می\u200Cکند")).isEqualTo("\uFEE3\uFBFD\u200C\uFB90\uFEE8\uFEAA");
    }

    @Test
    void arabicWithoutPersianLettersIsLeftAsIcuShapesIt() {
        assertThat(shaper.shapeText("طبيب")).isEqualTo("\uFEC3\uFE92\uFEF4\uFE90");
    }
}
