package eu.convivio.training.application;

import eu.convivio.training.domain.CourseTitles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the records side (certificates, notifications, calendars, feedback, department view) reads
 * of courses, sessions and enrolments: one read model over the course and enrolment tables, so
 * that those parts do not depend on how the enrolment workflow stores its state.
 */
public interface SessionFacts {

    Optional<Session> session(UUID sessionId);

    Optional<Enrolment> enrolment(UUID enrolmentId);

    /** Sessions the account holds a confirmed place in (or is waitlisted for), not cancelled. */
    List<Session> sessionsOfLearner(UUID accountId);

    /** Sessions the account teaches. */
    List<Session> sessionsOfTrainer(UUID accountId);

    /** The account's enrolments that met the completion rule. */
    List<Enrolment> completedEnrolments(UUID accountId);

    /** Completed enrolments of a session. */
    List<Enrolment> completedEnrolmentsOfSession(UUID sessionId);

    /** Completions by any of the accounts, with the course's topics and hours. */
    List<Completion> completionsOf(Set<UUID> accountIds);

    /** The codes of the shared themes taxonomy the course covers. */
    List<String> topics(UUID courseId);

    /** The course's learning objectives, in order. */
    List<Objective> objectives(UUID courseId);

    record Session(UUID id, UUID courseId, String courseTitle, BigDecimal hours, String format,
                   UUID hostMunicipalityId, String hostName, String timeZone, String status, String venue,
                   String onlineLink, List<Day> days, List<UUID> trainerIds, String language,
                   Map<String, String> titleTranslations) {

        public Session {
            titleTranslations = Map.copyOf(titleTranslations);
        }

        /** The course's title for a reader of the language: its translation there, else the course's own title. */
        public String courseTitle(String readerLanguage) {
            return CourseTitles.in(readerLanguage, courseTitle, titleTranslations);
        }

        public boolean isCancelled() {
            return "CANCELLED".equalsIgnoreCase(status);
        }

        public boolean isStudyVisit() {
            return "STUDY_VISIT".equalsIgnoreCase(format);
        }

        public LocalDate firstDay() {
            return days.isEmpty() ? null : days.get(0).date();
        }

        public LocalDate lastDay() {
            return days.isEmpty() ? null : days.get(days.size() - 1).date();
        }
    }

    /** One day of a session, in the host's local time. */
    record Day(LocalDate date, LocalTime start, LocalTime end) {
    }

    record Enrolment(UUID id, UUID sessionId, UUID learnerId, String status, boolean completed) {
    }

    record Completion(UUID learnerId, UUID courseId, String courseTitle, BigDecimal hours, List<String> topicCodes) {
    }

    record Objective(UUID id, String text) {
    }
}
