package eu.convivio.training.infrastructure;

import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.training.application.SessionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link SessionFacts} read with SQL from the course, session and enrolment tables: the records
 * side only reads them, and a few joins are cheaper than loading the aggregates.
 */
@ApplicationScoped
public class SessionFactsQueries implements SessionFacts {

    private static final String SESSION = """
            SELECT s.id::text, c.id::text, c.title, c.hours, c.format, s.municipality_id::text, s.status, s.venue,
                   s.online_link, c.language,
                   (SELECT string_agg(t.account_id::text, ',' ORDER BY t.account_id) FROM training.session_trainer t
                     WHERE t.session_id = s.id)
            FROM training.course_session s JOIN training.course c ON c.id = s.course_id
            """;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Directory directory;

    public SessionFactsQueries() {
    }

    /** For persistence tests. */
    public SessionFactsQueries(EntityManager em, Directory directory) {
        this.em = em;
        this.directory = directory;
    }

    @Override
    public Optional<Session> session(UUID sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sessions(SESSION + " WHERE s.id = ?1", sessionId).stream().findFirst();
    }

    @Override
    public Optional<Enrolment> enrolment(UUID enrolmentId) {
        if (enrolmentId == null) {
            return Optional.empty();
        }
        return enrolments("SELECT id::text, session_id::text, account_id::text, status FROM training.enrolment WHERE id = ?1",
                enrolmentId).stream().findFirst();
    }

    @Override
    public List<Session> sessionsOfLearner(UUID accountId) {
        return sessions(SESSION + """
                 WHERE s.id IN (SELECT e.session_id FROM training.enrolment e
                                WHERE e.account_id = ?1 AND e.status IN ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'COMPLETED'))
                """, accountId);
    }

    @Override
    public List<Session> sessionsOfTrainer(UUID accountId) {
        return sessions(SESSION + " WHERE s.id IN (SELECT t.session_id FROM training.session_trainer t WHERE t.account_id = ?1)",
                accountId);
    }

    @Override
    public List<Enrolment> completedEnrolments(UUID accountId) {
        return enrolments("""
                SELECT id::text, session_id::text, account_id::text, status FROM training.enrolment
                WHERE account_id = ?1 AND status = 'COMPLETED' ORDER BY completed_at DESC""", accountId);
    }

    @Override
    public List<Enrolment> completedEnrolmentsOfSession(UUID sessionId) {
        return enrolments("""
                SELECT id::text, session_id::text, account_id::text, status FROM training.enrolment
                WHERE session_id = ?1 AND status = 'COMPLETED' ORDER BY completed_at""", sessionId);
    }

    @Override
    public List<Completion> completionsOf(Set<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.account_id::text, c.id::text, c.title, c.hours,
                       (SELECT string_agg(t.topic, ',' ORDER BY t.topic) FROM training.course_topic t WHERE t.course_id = c.id)
                FROM training.enrolment e
                JOIN training.course_session s ON s.id = e.session_id
                JOIN training.course c ON c.id = s.course_id
                WHERE e.status = 'COMPLETED' AND e.account_id = ANY (CAST(?1 AS uuid[]))
                ORDER BY e.account_id, e.completed_at""")
                .setParameter(1, uuidArray(accountIds)).getResultList();
        return rows.stream().map(r -> new Completion(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                (String) r[2], (BigDecimal) r[3], split((String) r[4]))).toList();
    }

    @Override
    public List<String> topics(UUID courseId) {
        @SuppressWarnings("unchecked")
        List<String> topics = em.createNativeQuery("SELECT topic FROM training.course_topic WHERE course_id = ?1 ORDER BY topic")
                .setParameter(1, courseId).getResultList();
        return topics;
    }

    @Override
    public List<Objective> objectives(UUID courseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id::text, text FROM training.learning_objective WHERE course_id = ?1 ORDER BY position")
                .setParameter(1, courseId).getResultList();
        return rows.stream().map(r -> new Objective(UUID.fromString((String) r[0]), (String) r[1])).toList();
    }

    private List<Session> sessions(String sql, UUID parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql + " ORDER BY (SELECT min(d.day) FROM training.session_day d WHERE d.session_id = s.id), s.id")
                .setParameter(1, parameter).getResultList();
        List<Session> sessions = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = UUID.fromString((String) r[0]);
            UUID host = UUID.fromString((String) r[5]);
            Optional<MunicipalitySummary> municipality = directory.municipality(host);
            sessions.add(new Session(id, UUID.fromString((String) r[1]), (String) r[2], (BigDecimal) r[3], (String) r[4],
                    host, municipality.map(MunicipalitySummary::name).orElse(""),
                    municipality.map(MunicipalitySummary::timeZone).orElse("UTC"), (String) r[6], (String) r[7],
                    (String) r[8], days(id), split((String) r[10]).stream().map(UUID::fromString).toList(), (String) r[9],
                    titles(UUID.fromString((String) r[1]))));
        }
        return sessions;
    }

    private Map<String, String> titles(UUID courseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT language, title FROM training.course_translation WHERE course_id = ?1")
                .setParameter(1, courseId).getResultList();
        Map<String, String> titles = new HashMap<>();
        rows.forEach(r -> titles.put((String) r[0], (String) r[1]));
        return titles;
    }

    private List<Day> days(UUID sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT day, starts_at, ends_at FROM training.session_day WHERE session_id = ?1 ORDER BY day")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new Day(((Date) r[0]).toLocalDate(), ((Time) r[1]).toLocalTime(),
                ((Time) r[2]).toLocalTime())).toList();
    }

    private List<Enrolment> enrolments(String sql, UUID parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new Enrolment(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                UUID.fromString((String) r[2]), (String) r[3], "COMPLETED".equals(r[3]))).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    static String uuidArray(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
