package eu.convivio.training.infrastructure;

import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import eu.convivio.training.domain.TrainingFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests for the same session from many transactions at once, each doing what the enrolment
 * desk does: lock the session row, read its enrolments, decide, store. The lock makes the
 * decisions sequential: exactly the capacity is seated, the rest wait in a gapless line.
 */
class SeatLockingTest {

    private static final UUID HOST = UUID.randomUUID();

    @Test
    void concurrentRequestsSeatExactlyTheCapacityAndQueueTheRest() throws Exception {
        Instant now = Instant.now();
        UUID sessionId = TrainingUnit.inTransaction(em -> {
            Course course = TrainingFixtures.course(HOST, Approval.AUTOMATIC);
            em.persist(course);
            CourseSession s = new CourseSession(UUID.randomUUID(), course, HOST,
                    TrainingFixtures.plan(3, UUID.randomUUID(), Approval.AUTOMATIC, now, false, LocalDate.now().plusDays(9)), UUID::randomUUID);
            s.open();
            em.persist(s);
            return s.getId();
        });

        int requests = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<EnrolmentStatus>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return TrainingUnit.inTransaction(em -> {
                        var q = new TrainingQueries(em);
                        CourseSession s = q.lockSession(sessionId).orElseThrow();
                        Course course = em.find(Course.class, s.getCourseId());
                        Enrolment e = s.request(UUID.randomUUID(), course, TrainingFixtures.learner(HOST), q.enrolments(sessionId), Instant.now());
                        em.persist(e);
                        return e.getStatus();
                    });
                }));
            }
            start.countDown();
            for (Future<EnrolmentStatus> outcome : outcomes) {
                outcome.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Enrolment> stored = TrainingUnit.inTransaction(em -> new TrainingQueries(em).enrolments(sessionId));
        assertThat(stored).hasSize(requests);
        assertThat(stored.stream().filter(e -> e.getStatus() == EnrolmentStatus.CONFIRMED)).hasSize(3);
        assertThat(stored.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED).map(Enrolment::getWaitlistPosition).sorted().toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        CourseSession after = TrainingUnit.inTransaction(em -> em.find(CourseSession.class, sessionId));
        assertThat(after.getStatus().name()).isEqualTo("FULL");
    }
}
