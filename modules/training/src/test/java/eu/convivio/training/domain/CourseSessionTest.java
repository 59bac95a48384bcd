package eu.convivio.training.domain;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seat rules of a session: capacity, waitlist order, promotion, deadlines, exchange, completion. */
class CourseSessionTest {

    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID THESSALONIKI = UUID.randomUUID();
    private static final UUID TRAINER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final LocalDate DAY1 = LocalDate.of(2026, 12, 10);
    private static final LocalDate DAY2 = LocalDate.of(2026, 12, 11);

    private final List<Enrolment> enrolments = new ArrayList<>();

    private static CourseSession session(Course course, int seats, Approval approval, boolean exchange) {
        CourseSession s = new CourseSession(UUID.randomUUID(), course, TRNAVA,
                TrainingFixtures.plan(seats, TRAINER, approval, NOW, exchange, DAY1, DAY2), UUID::randomUUID);
        s.open();
        return s;
    }

    private Enrolment enrol(CourseSession s, Course course, Learner learner, Instant at) {
        Enrolment e = s.request(UUID.randomUUID(), course, learner, enrolments, at);
        enrolments.add(e);
        return e;
    }

    private Enrolment enrol(CourseSession s, Course course) {
        return enrol(s, course, TrainingFixtures.learner(TRNAVA), NOW);
    }

    @Test
    void seatsAreGivenUntilFullThenTheWaitlistFillsInRequestOrder() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 2, Approval.AUTOMATIC, false);
        Enrolment a = enrol(s, course);
        Enrolment b = enrol(s, course);
        assertThat(s.getStatus()).isEqualTo(SessionStatus.FULL);
        Enrolment c = enrol(s, course);
        Enrolment d = enrol(s, course);
        assertThat(List.of(a, b)).extracting(Enrolment::getStatus).containsOnly(EnrolmentStatus.CONFIRMED);
        assertThat(List.of(c, d)).extracting(Enrolment::getStatus).containsOnly(EnrolmentStatus.WAITLISTED);
        assertThat(c.getWaitlistPosition()).isLessThan(d.getWaitlistPosition());
        assertThat(CourseSession.waitlistRank(d, enrolments)).isEqualTo(2);
        assertThat(CourseSession.seatsHeld(enrolments)).isEqualTo(2);
    }

    @Test
    void aCancellationPromotesTheFirstWaitingLearner() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 1, Approval.AUTOMATIC, false);
        Enrolment a = enrol(s, course);
        Enrolment first = enrol(s, course);
        Enrolment second = enrol(s, course);
        Optional<Enrolment> promoted = s.cancel(a, true, enrolments, NOW);
        assertThat(promoted).containsSame(first);
        assertThat(first.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(first.getWaitlistPosition()).isNull();
        assertThat(second.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(CourseSession.waitlistRank(second, enrolments)).isEqualTo(1);
        assertThat(s.getStatus()).isEqualTo(SessionStatus.FULL);
    }

    @Test
    void cancellingAWaitlistedLearnerPromotesNobody() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 1, Approval.AUTOMATIC, false);
        enrol(s, course);
        Enrolment waiting = enrol(s, course);
        Enrolment last = enrol(s, course);
        assertThat(s.cancel(waiting, true, enrolments, NOW)).isEmpty();
        assertThat(last.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
    }

    @Test
    void withApprovalASeatIsHeldAsRequestedAndADeclineFreesIt() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.MANAGER);
        CourseSession s = session(course, 1, Approval.MANAGER, false);
        Enrolment asked = enrol(s, course);
        Enrolment waiting = enrol(s, course);
        assertThat(asked.getStatus()).isEqualTo(EnrolmentStatus.REQUESTED);
        assertThat(waiting.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        UUID manager = UUID.randomUUID();
        Optional<Enrolment> promoted = s.decline(asked, manager, "Not this year", enrolments, NOW);
        assertThat(asked.getStatus()).isEqualTo(EnrolmentStatus.DECLINED);
        assertThat(promoted).containsSame(waiting);
        assertThat(waiting.getStatus()).isEqualTo(EnrolmentStatus.REQUESTED);
        waiting.approve(manager, NOW);
        assertThat(waiting.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThatThrownBy(() -> waiting.approve(manager, NOW)).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void theLearnerCancelsOnlyUntilTheDeadlineATrainerAlways() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 3, Approval.AUTOMATIC, false);
        Enrolment e = enrol(s, course);
        Instant late = s.getCancellationDeadline().plus(Duration.ofMinutes(1));
        assertThatThrownBy(() -> s.cancel(e, true, enrolments, late)).isInstanceOf(Problem.Conflict.class)
                .hasMessageContaining("deadline");
        s.cancel(e, false, enrolments, late);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
    }

    @Test
    void requestsOutsideTheWindowTwiceOrWithoutPrerequisitesAreRefused() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 3, Approval.AUTOMATIC, false);
        Learner learner = TrainingFixtures.learner(TRNAVA);
        assertThatThrownBy(() -> enrol(s, course, learner, s.getEnrolmentOpens().minusSeconds(1)))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining("opens");
        assertThatThrownBy(() -> enrol(s, course, learner, s.getEnrolmentCloses()))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining("closed");
        enrol(s, course, learner, NOW);
        assertThatThrownBy(() -> enrol(s, course, learner, NOW)).isInstanceOf(Problem.Conflict.class);

        UUID basics = UUID.randomUUID();
        Course advanced = new Course(UUID.randomUUID(), TRNAVA, withPrerequisite(basics), UUID::randomUUID);
        CourseSession s2 = session(advanced, 3, Approval.AUTOMATIC, false);
        assertThatThrownBy(() -> s2.request(UUID.randomUUID(), advanced, TrainingFixtures.learner(TRNAVA), List.of(), NOW))
                .isInstanceOf(Problem.Conflict.class).hasMessageContaining("prerequisite");
        Learner qualified = new Learner(UUID.randomUUID(), TRNAVA, null, Set.of(basics));
        assertThat(s2.request(UUID.randomUUID(), advanced, qualified, List.of(), NOW).getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    private static CourseContent withPrerequisite(UUID prerequisite) {
        CourseContent c = TrainingFixtures.content("Advanced", Approval.AUTOMATIC, new BigDecimal("0.5"), false);
        return new CourseContent(c.title(), c.description(), c.language(), c.format(), c.hours(), c.completionRule(), c.approval(),
                c.topics(), c.targetDepartments(), c.targetRoles(), c.objectives(), c.trainers(), Set.of(prerequisite), Map.of());
    }

    @Test
    void staffOfOtherMunicipalitiesJoinOnlyExchangeSessions() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession local = session(course, 3, Approval.AUTOMATIC, false);
        assertThatThrownBy(() -> enrol(local, course, TrainingFixtures.learner(THESSALONIKI), NOW)).isInstanceOf(Problem.NotFound.class);
        CourseSession exchange = session(course, 3, Approval.AUTOMATIC, true);
        assertThat(enrol(exchange, course, TrainingFixtures.learner(THESSALONIKI), NOW).getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void aScheduledSessionTakesNoRequestsAndCapacityCannotDropBelowTheSeatsGiven() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession scheduled = new CourseSession(UUID.randomUUID(), course, TRNAVA,
                TrainingFixtures.plan(2, TRAINER, Approval.AUTOMATIC, NOW, false, DAY1), UUID::randomUUID);
        assertThatThrownBy(() -> enrol(scheduled, course)).isInstanceOf(Problem.Conflict.class);

        CourseSession s = session(course, 3, Approval.AUTOMATIC, false);
        enrol(s, course);
        enrol(s, course);
        assertThatThrownBy(() -> s.replan(TrainingFixtures.plan(1, TRAINER, Approval.AUTOMATIC, NOW, false, DAY1), enrolments, UUID::randomUUID))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField()).containsKey("capacity"));
    }

    @Test
    void moreCapacityPromotesWaitingLearners() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 1, Approval.AUTOMATIC, false);
        enrol(s, course);
        Enrolment w1 = enrol(s, course);
        Enrolment w2 = enrol(s, course);
        List<Enrolment> promoted = s.replan(TrainingFixtures.plan(3, TRAINER, Approval.AUTOMATIC, NOW, false, DAY1, DAY2), enrolments, UUID::randomUUID);
        assertThat(promoted).containsExactly(w1, w2);
        assertThat(s.getStatus()).isEqualTo(SessionStatus.FULL);
    }

    @Test
    void onlyTheSessionsTrainersMarkAttendanceAndOnlyForConfirmedLearners() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.TRAINER);
        CourseSession s = session(course, 3, Approval.TRAINER, false);
        Enrolment requested = enrol(s, course);
        UUID day = s.getDays().get(0).getId();
        assertThatThrownBy(() -> s.mark(null, UUID::randomUUID, requested, day, AttendanceStatus.PRESENT, UUID.randomUUID(), NOW))
                .isInstanceOf(Problem.Forbidden.class);
        assertThatThrownBy(() -> s.mark(null, UUID::randomUUID, requested, day, AttendanceStatus.PRESENT, TRAINER, NOW))
                .isInstanceOf(Problem.Invalid.class);
        requested.approve(TRAINER, NOW);
        Attendance a = s.mark(null, UUID::randomUUID, requested, day, AttendanceStatus.LATE, TRAINER, NOW);
        assertThat(a.getStatus()).isEqualTo(AttendanceStatus.LATE);
        assertThat(s.getStatus()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void completionFollowsTheRuleLateCountsExcusedDoesNot() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);   // 75 % of the days
        CourseSession s = session(course, 5, Approval.AUTOMATIC, false);
        Enrolment lateButThere = enrol(s, course);
        Enrolment excusedOnce = enrol(s, course);
        Enrolment waiting = enrol(s, course);
        assertThatThrownBy(() -> s.complete(enrolments, DAY1, NOW)).isInstanceOf(Problem.Conflict.class);
        s.complete(enrolments, DAY2, NOW);
        assertThat(s.evaluate(course, lateButThere, List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE), NOW)).isTrue();
        assertThat(lateButThere.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(s.evaluate(course, excusedOnce, List.of(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED), NOW)).isFalse();
        assertThat(excusedOnce.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void aRequiredFinalAssessmentMustBePassed() {
        CompletionRule rule = new CompletionRule(new BigDecimal("0.5"), true);
        List<AttendanceStatus> attended = List.of(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        assertThat(rule.isMet(attended, 2, null)).isFalse();
        assertThat(rule.isMet(attended, 2, false)).isFalse();
        assertThat(rule.isMet(attended, 2, true)).isTrue();
        assertThat(rule.isMet(List.of(AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED), 2, true)).isFalse();
        assertThat(CompletionRule.attendedShare(List.of(AttendanceStatus.LATE), 4)).isEqualByComparingTo("0.25");
    }

    @Test
    void cancellingTheSessionCancelsEveryLiveEnrolment() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        CourseSession s = session(course, 1, Approval.AUTOMATIC, false);
        enrol(s, course);
        enrol(s, course);
        assertThatThrownBy(() -> s.cancelSession(" ", enrolments, NOW)).isInstanceOf(Problem.Invalid.class);
        assertThat(s.cancelSession("Trainer ill", enrolments, NOW)).hasSize(2);
        assertThat(enrolments).extracting(Enrolment::getStatus).containsOnly(EnrolmentStatus.CANCELLED);
        assertThat(s.getStatus()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void aPlanNeedsDaysAPlaceAndAWindow() {
        Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
        SessionPlan bad = new SessionPlan(List.of(), " ", null, 0, Set.of(), NOW, NOW, NOW, false, Approval.AUTOMATIC);
        assertThatThrownBy(() -> new CourseSession(UUID.randomUUID(), course, TRNAVA, bad, UUID::randomUUID))
                .isInstanceOfSatisfying(Problem.Invalid.class, p -> assertThat(p.byField())
                        .containsKeys("days", "venue", "capacity", "enrolmentCloses", "trainers"));
    }
}
