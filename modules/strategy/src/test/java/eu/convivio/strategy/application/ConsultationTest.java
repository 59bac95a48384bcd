package eu.convivio.strategy.application;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.domain.CommentAnswer;
import eu.convivio.strategy.domain.CommentTarget;
import eu.convivio.strategy.domain.ConsultationComment;
import eu.convivio.strategy.infrastructure.StrategyUnit;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consultation on the real schema: the window, who may comment and answer, and when the report is public. */
class ConsultationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static <T> T as(Visitor visitor, Function<Consultation, T> work) {
        return StrategyUnit.inTransaction(em -> work.apply(new Consultation(em, visitor, visitor, CLOCK)));
    }

    private static long comments(UUID strategy) {
        return StrategyUnit.inTransaction(em -> em.createQuery(
                "SELECT COUNT(c) FROM ConsultationComment c WHERE c.strategyId = :s", Long.class)
                .setParameter("s", strategy).getSingleResult());
    }

    private static ConsultationComment.Draft on(CommentTarget kind, UUID lineage, String text) {
        return new ConsultationComment.Draft(kind, lineage, text, null, null);
    }

    @Test
    void aSignedInStakeholderCommentsOnASectionOrAMeasureDuringTheWindow() {
        Fixtures.Built s = Fixtures.strategy(true, TODAY.minusDays(2), TODAY.plusDays(5), false);
        Visitor stakeholder = Visitor.with(UUID.randomUUID(), Role.LEARNER);

        Consultation.CommentView onSection = as(stakeholder, c -> c.comment(s.strategy(),
                new ConsultationComment.Draft(CommentTarget.SECTION, s.subsection(), "  Add the waiting times.  ", "Jana", "Caritas"),
                "10.0.0.1"));
        Consultation.CommentView onMeasure = as(stakeholder, c -> c.comment(s.strategy(),
                on(CommentTarget.MEASURE, s.measure(), "Fund it for five years"), "10.0.0.1"));

        assertThat(onSection.versionNumber()).isEqualTo(2);
        assertThat(onSection.targetTitle()).isEqualTo("Social housing");
        assertThat(onSection.text()).isEqualTo("Add the waiting times.");
        assertThat(onSection.authorOrganisation()).isEqualTo("Caritas");
        assertThat(onMeasure.targetTitle()).isEqualTo("Housing mediation");
        Consultation.Status status = as(Visitor.anonymous(), c -> c.status(s.strategy()));
        assertThat(status.open()).isTrue();
        assertThat(status.reportPublic()).isFalse();
        assertThat(status.targets()).extracting(Consultation.Target::title)
                .containsExactly("Housing", "Social housing", "Housing mediation", "Interpreting at the counter", "Abandoned idea");
        assertThat(status.targets().get(1).depth()).isEqualTo(1);
    }

    @Test
    void badCommentsAreRefusedNamingTheFieldAndNothingIsStored() {
        Fixtures.Built s = Fixtures.strategy(true, TODAY, TODAY, true);
        Visitor stakeholder = Visitor.with(UUID.randomUUID(), Role.LEARNER);

        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(s.strategy(), on(CommentTarget.SECTION, UUID.randomUUID(), "Text"), null)))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("targetId"));
        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(s.strategy(), on(CommentTarget.MEASURE, s.section(), "Text"), null)))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("targetId"));
        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(s.strategy(), on(CommentTarget.SECTION, s.section(), " "), null)))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("text"));
        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(s.strategy(),
                on(CommentTarget.SECTION, s.section(), "x".repeat(ConsultationComment.MAX_TEXT + 1)), null)))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("text"));
        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(s.strategy(), on(null, null, "Text"), null)))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKeys("targetKind", "targetId"));
        assertThat(comments(s.strategy())).isZero();
    }

    @Test
    void outsideTheWindowCommentsAreRefusedWithTheDates() {
        Fixtures.Built future = Fixtures.strategy(true, TODAY.plusDays(1), TODAY.plusDays(9), true);
        Fixtures.Built past = Fixtures.strategy(false, TODAY.minusDays(20), TODAY.minusDays(1), true);
        Fixtures.Built adoptedOnly = Fixtures.strategy(true, null, null, true);
        Visitor stakeholder = Visitor.with(UUID.randomUUID(), Role.LEARNER);

        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(future.strategy(), on(CommentTarget.SECTION, future.section(), "Early"), null)))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining("opens on " + TODAY.plusDays(1));
        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(past.strategy(), on(CommentTarget.SECTION, past.section(), "Late"), null)))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining("closed on " + TODAY.minusDays(1));
        assertThatThrownBy(() -> as(stakeholder, c -> c.comment(adoptedOnly.strategy(), on(CommentTarget.SECTION, adoptedOnly.section(), "Hm"), null)))
                .isInstanceOf(Problem.Conflict.class);
        assertThat(comments(future.strategy()) + comments(past.strategy()) + comments(adoptedOnly.strategy())).isZero();
    }

    @Test
    void thePublicCommentsOnlyWhereAllowedAndAtARateLimit() {
        Fixtures.Built closedToPublic = Fixtures.strategy(true, TODAY, TODAY.plusDays(3), false);
        Fixtures.Built open = Fixtures.strategy(true, TODAY, TODAY.plusDays(3), true);

        assertThatThrownBy(() -> as(Visitor.anonymous(), c -> c.comment(closedToPublic.strategy(),
                on(CommentTarget.SECTION, closedToPublic.section(), "From the street"), "10.1.1.1")))
                .isInstanceOf(Problem.Unauthorized.class);
        String address = "10.9." + (int) (Math.random() * 250) + ".7";
        for (int i = 0; i < Consultation.PUBLIC_LIMIT; i++) {
            as(Visitor.anonymous(), c -> c.comment(open.strategy(), on(CommentTarget.SECTION, open.section(), "Public view"), address));
        }
        assertThatThrownBy(() -> as(Visitor.anonymous(), c -> c.comment(open.strategy(),
                on(CommentTarget.SECTION, open.section(), "One too many"), address)))
                .isInstanceOf(Problem.TooManyRequests.class);
        // another address is not held back
        as(Visitor.anonymous(), c -> c.comment(open.strategy(), on(CommentTarget.SECTION, open.section(), "Neighbour"), address + "1"));
        assertThat(comments(open.strategy())).isEqualTo(Consultation.PUBLIC_LIMIT + 1);
        assertThat(comments(closedToPublic.strategy())).isZero();
    }

    @Test
    void theSecretariatAnswersEveryCommentWithAReasonAndOthersMayNot() {
        Fixtures.Built s = Fixtures.strategy(true, TODAY.minusDays(1), TODAY.plusDays(1), false);
        Consultation.CommentView comment = as(Visitor.with(UUID.randomUUID(), Role.LEARNER),
                c -> c.comment(s.strategy(), on(CommentTarget.MEASURE, s.measure(), "Fund it"), null));
        Visitor council = Visitor.with(s.municipality(), Role.COUNCIL);

        assertThatThrownBy(() -> as(Visitor.with(s.municipality(), Role.OFFICER),
                c -> c.answer(s.strategy(), comment.id(), null, CommentAnswer.ACCEPTED, "Yes")))
                .isInstanceOf(Problem.Forbidden.class);
        assertThatThrownBy(() -> as(Visitor.with(UUID.randomUUID(), Role.COUNCIL),
                c -> c.answer(s.strategy(), comment.id(), null, CommentAnswer.ACCEPTED, "Yes")))
                .isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> as(council, c -> c.answer(s.strategy(), comment.id(), null, CommentAnswer.REJECTED, "  ")))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("reason"));
        java.util.List<Consultation.CommentView> waiting = as(council, c -> c.forSecretariat(s.strategy(), true));
        assertThat(waiting).hasSize(1);

        Consultation.CommentView answered = as(council, c -> c.answer(s.strategy(), comment.id(), comment.version(),
                CommentAnswer.PARTLY_ACCEPTED, "Funded for three years"));
        assertThat(answered.answer()).isEqualTo(CommentAnswer.PARTLY_ACCEPTED);
        assertThat(answered.answerReason()).isEqualTo("Funded for three years");
        // an answer written on what another member has since changed is refused
        assertThatThrownBy(() -> as(council, c -> c.answer(s.strategy(), comment.id(), comment.version(),
                CommentAnswer.REJECTED, "No")))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining("Funded for three years");
        java.util.List<Consultation.CommentView> stillWaiting = as(council, c -> c.forSecretariat(s.strategy(), true));
        assertThat(stillWaiting).isEmpty();
        assertThatThrownBy(() -> as(Visitor.with(s.municipality(), Role.OFFICER), c -> c.forSecretariat(s.strategy(), false)))
                .isInstanceOf(Problem.Forbidden.class);
    }

    @Test
    void theReportIsPublicOnlyAfterTheWindowWithCountsByAnswerAndSection() {
        Fixtures.Built running = Fixtures.strategy(true, TODAY.minusDays(1), TODAY.plusDays(1), false);
        Fixtures.Built finished = Fixtures.strategy(false, TODAY.minusDays(30), TODAY.minusDays(20), true);
        as(Visitor.with(UUID.randomUUID(), Role.LEARNER), c -> c.comment(running.strategy(),
                on(CommentTarget.SECTION, running.section(), "Early view"), null));
        // the finished consultation's comments were made during its window
        Clock then = Clock.fixed(TODAY.minusDays(25).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Visitor stakeholder = Visitor.with(UUID.randomUUID(), Role.LEARNER);
        var ids = new java.util.ArrayList<UUID>();
        for (String text : new String[]{"More flats", "Fewer rules", "Longer hours"}) {
            ids.add(StrategyUnit.inTransaction(em -> new Consultation(em, stakeholder, stakeholder, then)
                    .comment(finished.strategy(), on(CommentTarget.SECTION, text.startsWith("Longer") ? finished.section() : finished.subsection(), text), null).id()));
        }
        Visitor council = Visitor.with(finished.municipality(), Role.COUNCIL);
        as(council, c -> c.answer(finished.strategy(), ids.get(0), null, CommentAnswer.ACCEPTED, "Added to measure 1"));
        as(council, c -> c.answer(finished.strategy(), ids.get(1), null, CommentAnswer.REJECTED, "The law sets them"));

        assertThatThrownBy(() -> as(Visitor.anonymous(), c -> c.report(running.strategy(), null)))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining(TODAY.plusDays(1).toString());
        Consultation.Report draft = as(Visitor.with(running.municipality(), Role.COUNCIL), c -> c.report(running.strategy(), null));
        assertThat(draft.published()).isFalse();
        assertThat(draft.comments()).hasSize(1);

        Consultation.Report report = as(Visitor.anonymous(), c -> c.report(finished.strategy(), null));
        assertThat(report.published()).isTrue();
        assertThat(report.versionNumber()).isEqualTo(1);
        assertThat(report.counts().total()).isEqualTo(3);
        assertThat(report.counts().accepted()).isEqualTo(1);
        assertThat(report.counts().rejected()).isEqualTo(1);
        assertThat(report.counts().unanswered()).isEqualTo(1);
        assertThat(report.byTarget()).extracting(t -> t.title() + "=" + t.counts().total())
                .containsExactlyInAnyOrder("Social housing=2", "Housing=1");
        assertThat(report.comments()).extracting(Consultation.CommentView::answerReason)
                .contains("Added to measure 1", "The law sets them");
        assertThatThrownBy(() -> as(Visitor.anonymous(), c -> c.report(finished.strategy(), 7)))
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void thereIsAReportOnlyForADraftOutForConsultationOrAVersionWithComments() {
        Fixtures.Built quiet = Fixtures.strategy(false, null, null, false);
        Visitor council = Visitor.with(quiet.municipality(), Role.COUNCIL);
        assertThat(as(council, c -> c.status(quiet.strategy())).reportAvailable()).as("a draft never put out").isFalse();
        assertThatThrownBy(() -> as(council, c -> c.report(quiet.strategy(), null))).isInstanceOf(Problem.NotFound.class);

        Fixtures.Built running = Fixtures.strategy(false, TODAY.minusDays(1), TODAY.plusDays(1), false);
        Visitor secretariat = Visitor.with(running.municipality(), Role.COUNCIL);
        assertThat(as(secretariat, c -> c.status(running.strategy())).reportAvailable()).as("out, no comment yet").isTrue();
        Consultation.Report empty = as(secretariat, c -> c.report(running.strategy(), null));
        assertThat(empty.versionNumber()).isEqualTo(1);
        assertThat(empty.counts().total()).isZero();
        assertThat(empty.published()).isFalse();
    }
}
