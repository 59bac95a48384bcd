package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeTest {

    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID SOFIA = UUID.randomUUID();

    static PracticeContent content(String title) {
        return new PracticeContent("en", title, "A summary", "The problem", "The approach", "  ", "Trnava", "sk",
                "AMIF", null, null, List.of("housing", " housing "), List.of("https://example.org/a", " "));
    }

    @Test
    void aNewPracticeIsADraftOnlyItsMunicipalityReads() {
        Practice p = new Practice(UUID.randomUUID(), TRNAVA, content("Housing"));
        assertThat(p.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(p.readableBy(Set.of(TRNAVA))).isTrue();
        assertThat(p.readableBy(Set.of(SOFIA))).isFalse();
        assertThat(p.readableBy(Set.of())).isFalse();
    }

    @Test
    void aPublishedPracticeIsReadByEveryoneAndCannotBePublishedTwice() {
        Practice p = new Practice(UUID.randomUUID(), TRNAVA, content("Housing"));
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        p.publish(now);
        assertThat(p.getPublishedAt()).isEqualTo(now);
        assertThat(p.readableBy(Set.of())).isTrue();
        assertThatThrownBy(() -> p.publish(now)).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void contentIsTidiedBeforeItIsChecked() {
        PracticeContent c = content("  Housing  ");
        assertThat(c.title()).isEqualTo("Housing");
        assertThat(c.country()).isEqualTo("SK");
        assertThat(c.results()).isNull();
        assertThat(c.themes()).containsExactly("housing");
        assertThat(c.links()).containsExactly("https://example.org/a");
    }

    @Test
    void anEditOfAnOlderVersionIsRefused() {
        Practice p = new Practice(UUID.randomUUID(), TRNAVA, content("Housing"));
        p.expectVersion(0);
        assertThatThrownBy(() -> p.expectVersion(3)).isInstanceOf(Problem.Conflict.class)
                .hasMessageContaining("changed by someone else");
    }
}
