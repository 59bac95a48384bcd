package eu.convivio.catalogue.application;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void pagesCountFromOneWithFiftyItemsUnlessAskedOtherwise() {
        PageRequest first = PageRequest.of(null, null);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.perPage()).isEqualTo(50);
        assertThat(first.offset()).isZero();
        assertThat(PageRequest.of("3", "20").offset()).isEqualTo(40);
    }

    @Test
    void totalPagesRoundUpAndAnEmptyListingHasNone() {
        PageRequest page = PageRequest.of("1", "10");
        assertThat(page.totalPages(0)).isZero();
        assertThat(page.totalPages(1)).isEqualTo(1);
        assertThat(page.totalPages(10)).isEqualTo(1);
        assertThat(page.totalPages(11)).isEqualTo(2);
    }

    @Test
    void aHugePageNumberDoesNotWrapAroundToAnEarlierPage() {
        assertThat(PageRequest.of(String.valueOf(Integer.MAX_VALUE), "500").offset()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void malformedOrOutOfRangeParametersAreNamedInTheProblem() {
        assertThatThrownBy(() -> PageRequest.of("0", null)).isInstanceOfSatisfying(Problem.Invalid.class,
                p -> assertThat(p.byField()).containsKey("page"));
        assertThatThrownBy(() -> PageRequest.of("two", null)).isInstanceOfSatisfying(Problem.Invalid.class,
                p -> assertThat(p.byField()).containsKey("page"));
        assertThatThrownBy(() -> PageRequest.of(null, "501")).isInstanceOfSatisfying(Problem.Invalid.class,
                p -> assertThat(p.byField()).containsKey("per_page"));
        assertThatThrownBy(() -> PageRequest.of(null, "-1")).isInstanceOfSatisfying(Problem.Invalid.class,
                p -> assertThat(p.status()).isEqualTo(422));
    }
}
