package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Who may do what in training, in one place:
 * <ul>
 * <li>a course is written by the trainers of its municipality (TRAINER role there) and by the
 * trainers named on it;</li>
 * <li>a session is planned and run by the trainers of the host municipality and the trainers named
 * on the session; attendance is marked only by the trainers named on the session;</li>
 * <li>enrolment requests are decided, per session, by the trainer (as above) or by the learner's
 * manager: the municipal administrator of the municipality the learner works for;</li>
 * <li>a session is seen by members of the host municipality and, when it admits other
 * municipalities (exchange), by every signed-in member of a municipality; others get 404.</li>
 * </ul>
 * Platform administrators pass every check but marking attendance (they are not in the room).
 */
@RequestScoped
public class TrainingRoles {

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    public TrainingRoles() {
    }

    /** For persistence tests. */
    TrainingRoles(Access access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    /** The signed-in account, or 401. */
    public UUID me() {
        access.requireSignedIn();
        return user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in first."));
    }

    public boolean canEdit(Course course) {
        return user.isPlatformAdmin() || access.has(course.getMunicipalityId(), Role.TRAINER)
                || user.accountId().map(course::isTrainer).orElse(false);
    }

    /** Courses: drafts and archived ones only for members of the owning municipality. */
    public boolean canRead(Course course) {
        return course.isPublished() || user.isPlatformAdmin() || user.municipalities().contains(course.getMunicipalityId())
                || user.accountId().map(course::isTrainer).orElse(false);
    }

    public void requireEdit(Course course) {
        if (!canRead(course)) {
            throw new Problem.NotFound("No such course.");
        }
        if (!canEdit(course)) {
            throw new Problem.Forbidden("Only the course's trainers may change it.");
        }
    }

    public boolean canRead(CourseSession session) {
        return user.isPlatformAdmin() || user.municipalities().contains(session.getMunicipalityId())
                || (session.isOpenToOtherMunicipalities() && user.isAuthenticated())
                || user.accountId().map(session::isTrainer).orElse(false);
    }

    public void requireRead(CourseSession session) {
        if (!canRead(session)) {
            throw new Problem.NotFound("No such session.");
        }
    }

    /** Plans, changes, opens, closes the session; sees all its enrolments. */
    public boolean canRun(CourseSession session) {
        return user.isPlatformAdmin() || access.has(session.getMunicipalityId(), Role.TRAINER)
                || user.accountId().map(session::isTrainer).orElse(false);
    }

    public void requireRun(CourseSession session) {
        requireRead(session);
        if (!canRun(session)) {
            throw new Problem.Forbidden("Only the session's trainers may do this.");
        }
    }

    /** Whether the user decides the enrolment requests of the learner in this session. */
    public boolean canDecide(CourseSession session, Enrolment enrolment) {
        if (session.getApproval() == Approval.MANAGER) {
            return user.isPlatformAdmin() || access.has(enrolment.getLearnerMunicipalityId(), Role.MUNICIPAL_ADMIN);
        }
        return canRun(session);
    }

    /** An enrolment is seen by its learner, the session's trainers and the learner's manager. */
    public boolean canRead(CourseSession session, Enrolment enrolment) {
        return user.accountId().map(enrolment.getAccountId()::equals).orElse(false)
                || canRun(session)
                || access.has(enrolment.getLearnerMunicipalityId(), Role.MUNICIPAL_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return user.isPlatformAdmin();
    }
}
