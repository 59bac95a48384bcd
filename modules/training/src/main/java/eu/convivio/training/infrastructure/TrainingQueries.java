package eu.convivio.training.infrastructure;

import eu.convivio.training.domain.Attendance;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.CourseStatus;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import eu.convivio.training.domain.SessionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The training module's queries. Visibility is decided by the caller through the sets of
 * municipalities it passes; this class only asks the database.
 */
public class TrainingQueries {

    private final EntityManager em;

    public TrainingQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the session row until the transaction ends, so that concurrent enrolment decisions
     * on one session are taken one after the other, each seeing the seats the previous one gave.
     */
    public Optional<CourseSession> lockSession(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(CourseSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Courses a reader sees: published ones, and every course of the municipalities in
     * {@code ownCourses} (drafts and archived included); all when {@code everything}.
     */
    public List<Course> courses(Set<UUID> ownCourses, boolean everything, String topic, int offset, int limit) {
        var query = em.createQuery("SELECT c FROM Course c WHERE " + courseFilter(everything, topic) + " ORDER BY c.title, c.id", Course.class);
        courseParameters(query, ownCourses, everything, topic);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countCourses(Set<UUID> ownCourses, boolean everything, String topic) {
        var query = em.createQuery("SELECT COUNT(c) FROM Course c WHERE " + courseFilter(everything, topic), Long.class);
        courseParameters(query, ownCourses, everything, topic);
        return query.getSingleResult();
    }

    private static String courseFilter(boolean everything, String topic) {
        return (everything ? "c.id IS NOT NULL" : "(c.status = :published OR c.municipalityId IN :own)")
                + (topic == null ? "" : " AND :topic MEMBER OF c.topics");
    }

    private static void courseParameters(jakarta.persistence.Query query, Set<UUID> own, boolean everything, String topic) {
        if (!everything) {
            query.setParameter("published", CourseStatus.PUBLISHED).setParameter("own", nonEmpty(own));
        }
        if (topic != null) {
            query.setParameter("topic", topic);
        }
    }

    public List<Course> coursesById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", Course.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /**
     * Sessions a reader sees: those hosted by the municipalities in {@code memberOf}, and the
     * exchange sessions of every municipality; all when {@code everything}. Latest enrolment deadline last.
     */
    public List<CourseSession> sessions(Set<UUID> memberOf, boolean everything, UUID courseId, boolean upcomingOnly,
                                        int offset, int limit) {
        var query = em.createQuery("SELECT s FROM CourseSession s WHERE " + sessionFilter(everything, courseId, upcomingOnly)
                + " ORDER BY s.enrolmentCloses, s.id", CourseSession.class);
        sessionParameters(query, memberOf, everything, courseId, upcomingOnly);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countSessions(Set<UUID> memberOf, boolean everything, UUID courseId, boolean upcomingOnly) {
        var query = em.createQuery("SELECT COUNT(s) FROM CourseSession s WHERE " + sessionFilter(everything, courseId, upcomingOnly), Long.class);
        sessionParameters(query, memberOf, everything, courseId, upcomingOnly);
        return query.getSingleResult();
    }

    private static String sessionFilter(boolean everything, UUID courseId, boolean upcomingOnly) {
        return (everything ? "s.id IS NOT NULL" : "(s.openToOtherMunicipalities = TRUE OR s.municipalityId IN :own)")
                + (courseId == null ? "" : " AND s.courseId = :course")
                + (upcomingOnly ? " AND s.status IN :active" : "");
    }

    private static void sessionParameters(jakarta.persistence.Query query, Set<UUID> own, boolean everything, UUID courseId, boolean upcomingOnly) {
        if (!everything) {
            query.setParameter("own", nonEmpty(own));
        }
        if (courseId != null) {
            query.setParameter("course", courseId);
        }
        if (upcomingOnly) {
            query.setParameter("active", List.of(SessionStatus.SCHEDULED, SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.RUNNING));
        }
    }

    /** Sessions a trainer runs (named on the session or on its course), newest first. */
    public List<CourseSession> sessionsOfTrainer(UUID trainer) {
        return em.createQuery("SELECT s FROM CourseSession s WHERE :t MEMBER OF s.trainers"
                        + " OR s.courseId IN (SELECT c.id FROM Course c WHERE :t MEMBER OF c.trainers)"
                        + " ORDER BY s.enrolmentCloses DESC", CourseSession.class)
                .setParameter("t", trainer)
                .getResultList();
    }

    public List<CourseSession> sessionsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM CourseSession s WHERE s.id IN :ids", CourseSession.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** The session an enrolment belongs to, read without loading the enrolment. */
    public Optional<UUID> sessionOf(UUID enrolmentId) {
        return em.createQuery("SELECT e.sessionId FROM Enrolment e WHERE e.id = :id", UUID.class)
                .setParameter("id", enrolmentId).getResultStream().findFirst();
    }

    /** All enrolments of a session, in request order. */
    public List<Enrolment> enrolments(UUID sessionId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.sessionId = :s ORDER BY e.requestedAt, e.id", Enrolment.class)
                .setParameter("s", sessionId).getResultList();
    }

    /** A learner's enrolments, newest request first. */
    public List<Enrolment> enrolmentsOf(UUID accountId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.accountId = :a ORDER BY e.requestedAt DESC", Enrolment.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Requests waiting for a decision in sessions with manager approval, from staff of the municipalities. */
    public List<Enrolment> awaitingManager(Set<UUID> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Enrolment e, CourseSession s WHERE e.sessionId = s.id AND e.status = :requested"
                        + " AND s.approval = eu.convivio.training.domain.Approval.MANAGER AND e.learnerMunicipalityId IN :m"
                        + " ORDER BY e.requestedAt", Enrolment.class)
                .setParameter("requested", EnrolmentStatus.REQUESTED)
                .setParameter("m", List.copyOf(municipalities)).getResultList();
    }

    /** Requests waiting for a decision in sessions with trainer approval that the trainer runs. */
    public List<Enrolment> awaitingTrainer(UUID trainer) {
        return em.createQuery("SELECT e FROM Enrolment e, CourseSession s WHERE e.sessionId = s.id AND e.status = :requested"
                        + " AND s.approval = eu.convivio.training.domain.Approval.TRAINER AND :t MEMBER OF s.trainers"
                        + " ORDER BY e.requestedAt", Enrolment.class)
                .setParameter("requested", EnrolmentStatus.REQUESTED)
                .setParameter("t", trainer).getResultList();
    }

    /** The courses the learner has completed (for prerequisites). */
    public Set<UUID> completedCourses(UUID accountId) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT s.courseId FROM Enrolment e, CourseSession s WHERE e.sessionId = s.id"
                        + " AND e.accountId = :a AND e.status = :completed", UUID.class)
                .setParameter("a", accountId)
                .setParameter("completed", EnrolmentStatus.COMPLETED).getResultList());
    }

    /** How many distinct learners of the department completed the course. */
    public long completions(UUID departmentId, UUID courseId) {
        return em.createQuery("SELECT COUNT(DISTINCT e.accountId) FROM Enrolment e, CourseSession s WHERE e.sessionId = s.id"
                        + " AND e.departmentId = :d AND s.courseId = :c AND e.status = :completed", Long.class)
                .setParameter("d", departmentId)
                .setParameter("c", courseId)
                .setParameter("completed", EnrolmentStatus.COMPLETED).getSingleResult();
    }

    /** Every attendance mark of the session's enrolments. */
    public List<Attendance> attendance(UUID sessionId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.enrolmentId IN (SELECT e.id FROM Enrolment e WHERE e.sessionId = :s)",
                        Attendance.class)
                .setParameter("s", sessionId).getResultList();
    }

    public Optional<Attendance> attendance(UUID enrolmentId, UUID dayId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.enrolmentId = :e AND a.sessionDayId = :d", Attendance.class)
                .setParameter("e", enrolmentId)
                .setParameter("d", dayId)
                .getResultStream().findFirst();
    }

    private static Collection<UUID> nonEmpty(Set<UUID> ids) {
        // IN () is not valid SQL: a random id matches nothing
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(ids);
    }
}
