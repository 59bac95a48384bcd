package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationCommentTest {

    private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");

    private static ConsultationComment comment() {
        return new ConsultationComment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Housing",
                new ConsultationComment.Draft(CommentTarget.SECTION, UUID.randomUUID(), " Please add numbers ", " ", "NGO"),
                null, "key", AT);
    }

    @Test
    void aCommentIsKeptTrimmedWithBlankAuthorDetailsLeftOut() {
        ConsultationComment c = comment();
        assertThat(c.getText()).isEqualTo("Please add numbers");
        assertThat(c.getAuthorName()).isNull();
        assertThat(c.getAuthorOrganisation()).isEqualTo("NGO");
        assertThat(c.isAnswered()).isFalse();
    }

    @Test
    void everyAnswerHasADecisionAndAReason() {
        ConsultationComment c = comment();
        assertThatThrownBy(() -> c.answer(null, null, UUID.randomUUID(), AT))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("answer", "reason"));
        assertThat(c.isAnswered()).isFalse();

        c.answer(CommentAnswer.REJECTED, " Out of the strategy's scope ", UUID.randomUUID(), AT.plusSeconds(60));
        assertThat(c.getAnswer()).isEqualTo(CommentAnswer.REJECTED);
        assertThat(c.getAnswerReason()).isEqualTo("Out of the strategy's scope");
    }

    @Test
    void tooLongTextsAreRefusedByField() {
        assertThatThrownBy(() -> ConsultationComment.check(new ConsultationComment.Draft(CommentTarget.MEASURE, UUID.randomUUID(),
                "ok text", "n".repeat(ConsultationComment.MAX_NAME + 1), "o".repeat(ConsultationComment.MAX_ORGANISATION + 1))))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("authorName", "authorOrganisation"));
    }
}
