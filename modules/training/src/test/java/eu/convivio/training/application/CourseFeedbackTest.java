package eu.convivio.training.application;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.FeedbackSummary;
import eu.convivio.training.domain.SelfAssessmentChange;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feedback and self-assessment on embedded PostgreSQL: once per completion, anonymous, aggregates from three on. */
class CourseFeedbackTest {

    private final RecordsWorld world = new RecordsWorld("IN_PERSON");

    private CourseFeedback feedback(EntityManager em, CurrentUser user) {
        return new CourseFeedback(em, user, RecordsWorld.access(user), world.facts(em), Clock.systemUTC());
    }

    private CurrentUser learner(UUID id) {
        return RecordsWorld.user(id, world.municipality, Role.LEARNER);
    }

    private CurrentUser trainer() {
        return RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER);
    }

    private long responses() {
        return (Long) RecordsWorld.query("SELECT count(*) FROM training.feedback_response WHERE session_id = ?", world.session).get(0)[0];
    }

    @Test
    void feedbackIsGivenOnceAfterCompletionAndStoredWithoutTheLearner() {
        UUID learner = world.account("Feedback Giver", "en", null);
        UUID enrolment = world.enrol(learner, true);
        RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).give(enrolment, new CourseFeedback.Answer(5, 4, 3, 5, "Good role plays."));
            return null;
        });
        assertThat(responses()).isEqualTo(1);
        assertThat(RecordsWorld.query("SELECT column_name FROM information_schema.columns WHERE table_schema = 'training' "
                + "AND table_name = 'feedback_response'")).extracting(r -> r[0])
                .doesNotContain("enrolment_id", "account_id", "learner_id");
        boolean given = RecordsWorld.tx(em -> feedback(em, learner(learner)).given(enrolment));
        assertThat(given).isTrue();
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).give(enrolment, new CourseFeedback.Answer(1, 1, 1, 1, null));
            return null;
        })).isInstanceOf(Problem.Conflict.class);
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void badRatingsAreNamedAndNothingIsStored() {
        UUID learner = world.account("Bad Input", "en", null);
        UUID enrolment = world.enrol(learner, true);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).give(enrolment, new CourseFeedback.Answer(6, null, 3, 0, null));
            return null;
        })).isInstanceOfSatisfying(Problem.Invalid.class, e -> assertThat(e.byField()).containsOnlyKeys("relevance", "trainer", "usefulness"));
        assertThat(responses()).isZero();
        boolean given = RecordsWorld.tx(em -> feedback(em, learner(learner)).given(enrolment));
        assertThat(given).isFalse();
    }

    @Test
    void onlyTheLearnerGivesFeedbackAndOnlyAfterCompleting() {
        UUID learner = world.account("Still Learning", "en", null);
        UUID enrolment = world.enrol(learner, false);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).give(enrolment, new CourseFeedback.Answer(5, 5, 5, 5, null));
            return null;
        })).isInstanceOf(Problem.Conflict.class);
        UUID other = world.account("Someone Else", "en", null);
        UUID completed = world.enrol(world.account("Completed", "en", null), true);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(other)).give(completed, new CourseFeedback.Answer(5, 5, 5, 5, null));
            return null;
        })).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void trainersSeeAveragesOnlyFromThreeResponsesOn() {
        for (int i = 0; i < 2; i++) {
            UUID learner = world.account("Learner " + i, "en", null);
            UUID enrolment = world.enrol(learner, true);
            int rating = 3 + i;
            RecordsWorld.tx(em -> {
                feedback(em, learner(learner)).give(enrolment, new CourseFeedback.Answer(rating, rating, rating, rating, "comment " + rating));
                return null;
            });
        }
        FeedbackSummary two = RecordsWorld.tx(em -> feedback(em, trainer()).ofSession(world.session));
        assertThat(two.responses()).isEqualTo(2);
        assertThat(two.shown()).isFalse();
        assertThat(two.comments()).isEmpty();

        UUID third = world.account("Learner 3", "en", null);
        UUID enrolment = world.enrol(third, true);
        RecordsWorld.tx(em -> {
            feedback(em, learner(third)).give(enrolment, new CourseFeedback.Answer(5, 5, 5, 2, null));
            return null;
        });
        FeedbackSummary three = RecordsWorld.tx(em -> feedback(em, trainer()).ofSession(world.session));
        assertThat(three.shown()).isTrue();
        assertThat(three.averages().orElseThrow()).containsExactly(4.0, 4.0, 4.0, 3.0);
        assertThat(three.comments()).containsExactlyInAnyOrder("comment 3", "comment 4");

        assertThatThrownBy(() -> RecordsWorld.tx(em -> feedback(em, learner(third)).ofSession(world.session)))
                .isInstanceOf(Problem.Forbidden.class);
        CurrentUser otherCity = RecordsWorld.user(UUID.randomUUID(), UUID.randomUUID(), Role.TRAINER);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> feedback(em, otherCity).ofSession(world.session)))
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void selfAssessmentBeforeAndAfterShowsTheAverageChangePerObjective() {
        UUID first = world.objectives.get(0);
        for (int i = 0; i < 3; i++) {
            UUID learner = world.account("Assessor " + i, "en", null);
            UUID enrolment = world.enrol(learner, true);
            int before = 1 + i;
            RecordsWorld.tx(em -> {
                CourseFeedback f = feedback(em, learner(learner));
                f.assess(enrolment, CourseFeedback.Phase.PRE, Map.of(first, before));
                f.assess(enrolment, CourseFeedback.Phase.POST, Map.of(first, before + 2));
                return null;
            });
        }
        List<SelfAssessmentChange> changes = RecordsWorld.tx(em -> feedback(em, trainer()).changeOfCourse(world.session));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).learners()).isEqualTo(3);
        assertThat(changes.get(0).before()).isEqualTo(2.0);
        assertThat(changes.get(0).after()).isEqualTo(4.0);
        assertThat(changes.get(0).change()).isEqualTo(2.0);
        assertThat(changes.get(1).shown()).isFalse();
    }

    @Test
    void selfAssessmentRefusesOtherCoursesObjectivesAndLevelsOutOfRange() {
        UUID learner = world.account("Careful Assessor", "en", null);
        UUID enrolment = world.enrol(learner, false);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).assess(enrolment, CourseFeedback.Phase.PRE, Map.of(UUID.randomUUID(), 3));
            return null;
        })).isInstanceOf(Problem.Invalid.class);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).assess(enrolment, CourseFeedback.Phase.PRE, Map.of(world.objectives.get(0), 9));
            return null;
        })).isInstanceOf(Problem.Invalid.class);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            feedback(em, learner(learner)).assess(enrolment, CourseFeedback.Phase.POST, Map.of(world.objectives.get(0), 3));
            return null;
        })).isInstanceOf(Problem.Conflict.class);
        assertThat(RecordsWorld.query("SELECT 1 FROM training.self_assessment WHERE enrolment_id = ?", enrolment)).isEmpty();
    }
}
