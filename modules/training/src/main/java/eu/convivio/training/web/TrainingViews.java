package eu.convivio.training.web;

import eu.convivio.training.application.AttendanceRegister;
import eu.convivio.training.application.Page;
import eu.convivio.training.domain.AttendanceStatus;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.LearningObjective;
import eu.convivio.training.domain.SessionDay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** The training API's JSON shapes. Enumerations are lower-case; {@code version} is what edits send back. */
final class TrainingViews {

    private TrainingViews() {
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    record PageView<T>(List<T> items, int page, int size, long total, long pages) {
        static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
            return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total(), page.pages());
        }
    }

    record ObjectiveView(UUID id, int position, String text) {
        static ObjectiveView of(LearningObjective o) {
            return new ObjectiveView(o.getId(), o.getPosition(), o.getText());
        }
    }

    record TranslationView(String title, String description) {
    }

    record CourseView(UUID id, UUID municipalityId, String status, String title, String description, String language,
                      String format, BigDecimal hours, BigDecimal minAttendanceShare, boolean finalAssessmentRequired,
                      String approval, List<String> topics, List<UUID> targetDepartments, List<String> targetRoles,
                      List<ObjectiveView> objectives, List<UUID> trainers, List<UUID> prerequisites,
                      Map<String, TranslationView> translations, Instant lastModified, long version) {

        static CourseView of(Course c) {
            Map<String, TranslationView> translations = new TreeMap<>();
            c.getTranslations().forEach((lang, t) -> translations.put(lang, new TranslationView(t.getTitle(), t.getDescription())));
            return new CourseView(c.getId(), c.getMunicipalityId(), lower(c.getStatus()), c.getTitle(), c.getDescription(),
                    c.getLanguage(), lower(c.getFormat()), c.getHours(), c.getCompletionRule().getMinAttendanceShare(),
                    c.getCompletionRule().isFinalAssessmentRequired(), lower(c.getApproval()), c.getTopics(),
                    c.getTargetDepartments().stream().sorted().toList(),
                    c.getTargetRoles().stream().map(TrainingViews::lower).sorted().toList(),
                    c.getObjectives().stream().map(ObjectiveView::of).toList(),
                    c.getTrainers().stream().sorted().toList(), c.getPrerequisites().stream().sorted().toList(),
                    translations, c.getLastModified(), c.getVersion());
        }
    }

    record DayView(UUID id, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        static DayView of(SessionDay d) {
            return new DayView(d.getId(), d.getDay(), d.getStartsAt(), d.getEndsAt());
        }
    }

    record SessionView(UUID id, UUID courseId, UUID municipalityId, String status, List<DayView> days, String venue,
                       String onlineLink, int capacity, Long seatsTaken, Long waitlisted, List<UUID> trainers,
                       Instant enrolmentOpens, Instant enrolmentCloses, Instant cancellationDeadline,
                       boolean openToOtherMunicipalities, String approval, String cancellationReason,
                       Instant lastModified, long version) {

        /** With seat counts when the reader runs the session, without otherwise. */
        static SessionView of(CourseSession s, List<Enrolment> enrolments) {
            Long taken = enrolments == null ? null : CourseSession.seatsHeld(enrolments);
            Long waiting = enrolments == null ? null
                    : enrolments.stream().filter(e -> e.getStatus() == eu.convivio.training.domain.EnrolmentStatus.WAITLISTED).count();
            return new SessionView(s.getId(), s.getCourseId(), s.getMunicipalityId(), lower(s.getStatus()),
                    s.getDays().stream().map(DayView::of).toList(), s.getVenue(), s.getOnlineLink(), s.getCapacity(),
                    taken, waiting, s.getTrainers().stream().sorted().toList(), s.getEnrolmentOpens(),
                    s.getEnrolmentCloses(), s.getCancellationDeadline(), s.isOpenToOtherMunicipalities(),
                    lower(s.getApproval()), s.getCancellationReason(), s.getLastModified(), s.getVersion());
        }
    }

    record EnrolmentView(UUID id, UUID sessionId, UUID accountId, String learnerName, UUID learnerMunicipalityId,
                         UUID departmentId, String status, Instant requestedAt, Integer waitlistRank,
                         Instant decidedAt, String decisionNote, Instant cancelledAt, Instant completedAt,
                         Boolean finalAssessmentPassed, long version) {

        static EnrolmentView of(Enrolment e, int rank, String learnerName) {
            return new EnrolmentView(e.getId(), e.getSessionId(), e.getAccountId(), learnerName, e.getLearnerMunicipalityId(),
                    e.getDepartmentId(), lower(e.getStatus()), e.getRequestedAt(), rank == 0 ? null : rank,
                    e.getDecidedAt(), e.getDecisionNote(), e.getCancelledAt(), e.getCompletedAt(),
                    e.getFinalAssessmentPassed(), e.getVersion());
        }
    }

    record AttendanceLineView(UUID enrolmentId, UUID accountId, String learnerName, String enrolmentStatus,
                              Map<UUID, String> marks, BigDecimal attendedShare, boolean noShow, boolean completionRuleMet) {

        static AttendanceLineView of(AttendanceRegister.Line line, String learnerName) {
            Map<UUID, String> marks = new TreeMap<>();
            line.marks().forEach((day, status) -> marks.put(day, lower((AttendanceStatus) status)));
            return new AttendanceLineView(line.enrolment().getId(), line.enrolment().getAccountId(), learnerName,
                    lower(line.enrolment().getStatus()), marks, line.share(), line.noShow(), line.ruleMet());
        }
    }
}
