package eu.convivio.training.application;

import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.domain.Approval;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.Enrolment;
import eu.convivio.training.domain.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Fires {@link TrainingNotice}s synchronously, inside the transaction of the change: the
 * notification outbox stores them only if the change commits.
 */
@ApplicationScoped
class Notices {

    @Inject
    private Event<TrainingNotice> events;

    @Inject
    private StaffDirectory staff;

    void tell(UUID recipient, TrainingNotice.Kind kind, CourseSession session, Enrolment enrolment) {
        events.fire(new TrainingNotice(recipient, kind, session.getId(), enrolment == null ? null : enrolment.getId()));
    }

    /** Tells the learner where their new request stands, and the approvers that a request waits. */
    void requested(CourseSession session, Enrolment enrolment) {
        switch (enrolment.getStatus()) {
            case CONFIRMED -> tell(enrolment.getAccountId(), TrainingNotice.Kind.ENROLMENT_CONFIRMED, session, enrolment);
            case WAITLISTED -> tell(enrolment.getAccountId(), TrainingNotice.Kind.WAITLISTED, session, enrolment);
            case REQUESTED -> {
                tell(enrolment.getAccountId(), TrainingNotice.Kind.ENROLMENT_REQUESTED, session, enrolment);
                approvers(session, enrolment).forEach(a -> tell(a, TrainingNotice.Kind.ENROLMENT_REQUESTED, session, enrolment));
            }
            default -> throw new IllegalStateException("a new enrolment is " + enrolment.getStatus());
        }
    }

    /** Tells a learner moved from the waitlist to a seat (and the approvers, when it still needs approval). */
    void promoted(CourseSession session, Enrolment enrolment) {
        tell(enrolment.getAccountId(), TrainingNotice.Kind.PROMOTED_FROM_WAITLIST, session, enrolment);
        if (enrolment.getStatus() == EnrolmentStatus.REQUESTED) {
            approvers(session, enrolment).forEach(a -> tell(a, TrainingNotice.Kind.ENROLMENT_REQUESTED, session, enrolment));
        }
    }

    void promoted(CourseSession session, Collection<Enrolment> enrolments) {
        enrolments.forEach(e -> promoted(session, e));
    }

    private Set<UUID> approvers(CourseSession session, Enrolment enrolment) {
        Set<UUID> approvers = new LinkedHashSet<>();
        if (session.getApproval() == Approval.MANAGER) {
            staff.holders(enrolment.getLearnerMunicipalityId(), Role.MUNICIPAL_ADMIN).stream()
                    .map(StaffMember::accountId).forEach(approvers::add);
        } else {
            approvers.addAll(session.getTrainers());
        }
        approvers.remove(enrolment.getAccountId());
        return approvers;
    }
}
