package eu.convivio.training.infrastructure;

import eu.convivio.platform.testing.SqlErrors;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import eu.convivio.training.domain.TrainingFixtures;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The V16 schema maps the entities and keeps the rules the database can keep. */
class TrainingSchemaTest {

    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID TRAINER = UUID.randomUUID();

    private static CourseSession sessionWithSeats(int seats) {
        Instant now = Instant.now();
        return TrainingUnit.inTransaction(em -> {
            Course course = TrainingFixtures.course(TRNAVA, Approval.AUTOMATIC);
            em.persist(course);
            CourseSession session = new CourseSession(UUID.randomUUID(), course, TRNAVA,
                    TrainingFixtures.plan(seats, TRAINER, Approval.AUTOMATIC, now, false, LocalDate.now().plusDays(20), LocalDate.now().plusDays(21)), UUID::randomUUID);
            session.open();
            em.persist(session);
            return session;
        });
    }

    @Test
    void courseWithObjectivesTranslationsAndTopicsIsStoredAndRead() {
        UUID id = TrainingUnit.inTransaction(em -> {
            Course course = TrainingFixtures.course(TRNAVA, Approval.TRAINER);
            em.persist(course);
            return course.getId();
        });
        Course read = TrainingUnit.inTransaction(em -> em.find(Course.class, id));
        assertThat(read.getObjectives()).extracting(o -> o.getText()).containsExactly("Brief an interpreter", "Run a three-way conversation");
        assertThat(read.getTopics()).containsExactly("interpretation");
        assertThat(read.title("sk")).isEqualTo("Práca s tlmočníkmi");
        assertThat(read.title("el")).isEqualTo("Working with interpreters");
        assertThat(read.getCompletionRule().getMinAttendanceShare()).isEqualByComparingTo("0.75");
    }

    @Test
    void unknownTopicIsRefusedByTheTaxonomyForeignKey() {
        UUID id = TrainingUnit.inTransaction(em -> {
            Course course = TrainingFixtures.course(TRNAVA, Approval.TRAINER);
            em.persist(course);
            return course.getId();
        });
        assertThatThrownBy(() -> execute("INSERT INTO training.course_topic (course_id, topic) VALUES (?, 'no-such-topic')", id))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void sessionDaysAreStoredInOrder() {
        CourseSession session = sessionWithSeats(3);
        CourseSession read = TrainingUnit.inTransaction(em -> em.find(CourseSession.class, session.getId()));
        assertThat(read.getDays()).hasSize(2);
        assertThat(read.getFirstDay()).isBefore(read.getLastDay());
        assertThat(read.getTrainers()).containsExactly(TRAINER);
    }

    @Test
    void theDatabaseRefusesMoreSeatsThanTheCapacity() {
        CourseSession session = sessionWithSeats(2);
        List<Enrolment> enrolments = new ArrayList<>();
        TrainingUnit.doInTransaction(em -> {
            CourseSession s = em.find(CourseSession.class, session.getId());
            Course course = em.find(Course.class, s.getCourseId());
            for (int i = 0; i < 2; i++) {
                Enrolment e = s.request(UUID.randomUUID(), course, TrainingFixtures.learner(TRNAVA), enrolments, Instant.now());
                enrolments.add(e);
                em.persist(e);
            }
        });
        assertThat(enrolments).extracting(Enrolment::getStatus).containsOnly(EnrolmentStatus.CONFIRMED);
        // a third seat written past the domain, as a bug or a concurrent writer would
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> execute(
                "INSERT INTO training.enrolment (id, session_id, account_id, learner_municipality_id, status, requested_at) "
                        + "VALUES (?, ?, gen_random_uuid(), gen_random_uuid(), 'CONFIRMED', now())", UUID.randomUUID(), session.getId()));
        assertThat(thrown).isInstanceOf(SQLException.class).hasMessageContaining("is full");
    }

    @Test
    void aSeatFreedAndGivenToTheNextLearnerInOneTransactionIsStored() {
        CourseSession session = sessionWithSeats(1);
        UUID[] ids = TrainingUnit.inTransaction(em -> {
            CourseSession s = em.find(CourseSession.class, session.getId());
            Course course = em.find(Course.class, s.getCourseId());
            List<Enrolment> all = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Enrolment e = s.request(UUID.randomUUID(), course, TrainingFixtures.learner(TRNAVA), all, Instant.now());
                all.add(e);
                em.persist(e);
            }
            return new UUID[]{all.get(0).getId(), all.get(1).getId()};
        });
        // the order in which the two rows are written is the provider's business: the check waits for the commit
        TrainingUnit.doInTransaction(em -> {
            CourseSession s = em.find(CourseSession.class, session.getId());
            List<Enrolment> all = new TrainingQueries(em).enrolments(s.getId());
            Enrolment first = all.stream().filter(e -> e.getId().equals(ids[0])).findFirst().orElseThrow();
            assertThat(s.cancel(first, true, all, Instant.now())).isPresent();
        });
        Enrolment promoted = TrainingUnit.inTransaction(em -> em.find(Enrolment.class, ids[1]));
        assertThat(promoted.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void oneLiveEnrolmentPerLearnerAndSession() {
        CourseSession session = sessionWithSeats(5);
        UUID account = UUID.randomUUID();
        String insert = "INSERT INTO training.enrolment (id, session_id, account_id, learner_municipality_id, status, requested_at, cancelled_at) "
                + "VALUES (gen_random_uuid(), ?, ?, gen_random_uuid(), ?, now(), CASE WHEN ? = 'CANCELLED' THEN now() END)";
        assertThat(executeCatching(insert, session.getId(), account, "CANCELLED", "CANCELLED")).isNull();
        assertThat(executeCatching(insert, session.getId(), account, "CONFIRMED", "CONFIRMED")).isNull();
        assertThat(SqlErrors.violatedConstraint(executeCatching(insert, session.getId(), account, "REQUESTED", "REQUESTED")))
                .contains("enrolment_live");
    }

    @Test
    void waitlistedEnrolmentsCarryAPosition() {
        CourseSession session = sessionWithSeats(5);
        Throwable thrown = executeCatching("INSERT INTO training.enrolment (id, session_id, account_id, learner_municipality_id, status, requested_at) "
                + "VALUES (gen_random_uuid(), ?, gen_random_uuid(), gen_random_uuid(), 'WAITLISTED', now())", session.getId());
        assertThat(SqlErrors.violatedConstraint(thrown)).contains("enrolment_waitlist");
    }

    @Test
    void aSessionNeedsAPlaceAndADayEndsAfterItStarts() {
        CourseSession session = sessionWithSeats(5);
        assertThat(SqlErrors.violatedConstraint(executeCatching(
                "UPDATE training.course_session SET venue = NULL, online_link = NULL WHERE id = ?", session.getId())))
                .contains("course_session_place");
        assertThat(SqlErrors.violatedConstraint(executeCatching(
                "UPDATE training.session_day SET ends_at = starts_at WHERE session_id = ?", session.getId())))
                .contains("session_day_times");
    }

    private static Throwable executeCatching(String sql, Object... parameters) {
        try {
            execute(sql, parameters);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i] instanceof UUID u ? u.toString() : parameters[i]);
            }
            ps.executeUpdate();
        }
    }
}
