package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's place in a session, or their wish for one. Decisions about seats (confirm,
 * waitlist, promote) are taken by {@link CourseSession}, which sees all enrolments of the session.
 */
@Entity
@Table(schema = "training", name = "enrolment")
@Audited
public class Enrolment implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "learner_municipality_id", nullable = false, updatable = false)
    private UUID learnerMunicipalityId;

    @Column(name = "department_id", updatable = false)
    private UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "final_assessment_passed")
    private Boolean finalAssessmentPassed;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(UUID id, UUID sessionId, Learner learner, Instant now) {
        this.id = id;
        this.sessionId = sessionId;
        this.accountId = learner.accountId();
        this.learnerMunicipalityId = learner.municipalityId();
        this.departmentId = learner.departmentId();
        this.requestedAt = now;
        this.lastModified = now;
    }

    /** Gives the learner a seat: confirmed at once, or held while the approver decides. */
    void seat(Approval approval, Instant now) {
        status = approval == Approval.AUTOMATIC ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.REQUESTED;
        if (status == EnrolmentStatus.CONFIRMED) {
            decidedAt = now;
        }
        waitlistPosition = null;
        lastModified = now;
    }

    void waitlist(int position, Instant now) {
        status = EnrolmentStatus.WAITLISTED;
        waitlistPosition = position;
        waitlistedAt = now;
        lastModified = now;
    }

    /** The approver (manager or trainer) confirms a requested seat. */
    public void approve(UUID approver, Instant now) {
        if (status != EnrolmentStatus.REQUESTED) {
            throw new Problem.Conflict("Only a requested enrolment can be approved; this one is " + status.name().toLowerCase() + ".");
        }
        status = EnrolmentStatus.CONFIRMED;
        decidedAt = now;
        decidedBy = approver;
        lastModified = now;
    }

    /** The approver declines a request or a waitlisted wish; returns whether a seat was freed. */
    public boolean decline(UUID approver, String note, Instant now) {
        if (status != EnrolmentStatus.REQUESTED && status != EnrolmentStatus.WAITLISTED) {
            throw new Problem.Conflict("Only a requested or waitlisted enrolment can be declined; this one is "
                    + status.name().toLowerCase() + ".");
        }
        boolean freed = status.holdsSeat();
        status = EnrolmentStatus.DECLINED;
        waitlistPosition = null;
        decidedAt = now;
        decidedBy = approver;
        decisionNote = note;
        lastModified = now;
        return freed;
    }

    /** Withdraws the enrolment; returns whether a seat was freed. Deadlines are the session's business. */
    boolean cancel(Instant now) {
        if (!status.isLive() || status == EnrolmentStatus.COMPLETED) {
            throw new Problem.Conflict("This enrolment is " + status.name().toLowerCase() + " and cannot be cancelled.");
        }
        boolean freed = status.holdsSeat();
        status = EnrolmentStatus.CANCELLED;
        waitlistPosition = null;
        cancelledAt = now;
        lastModified = now;
        return freed;
    }

    void complete(Instant now) {
        status = EnrolmentStatus.COMPLETED;
        completedAt = now;
        lastModified = now;
    }

    /** Records the final assessment's result (null: not taken). */
    public void recordAssessment(Boolean passed, Instant now) {
        if (status != EnrolmentStatus.CONFIRMED && status != EnrolmentStatus.COMPLETED) {
            throw new Problem.Conflict("An assessment is recorded only for a confirmed learner.");
        }
        if (status == EnrolmentStatus.COMPLETED && !Boolean.TRUE.equals(passed)) {
            throw new Problem.Conflict("This learner has completed the course; the passed assessment cannot be taken back.");
        }
        finalAssessmentPassed = passed;
        lastModified = now;
    }

    /** Refuses an edit made on a version other than the current one. */
    public void expectVersion(long edited) {
        if (edited != version) {
            throw new Problem.Conflict("This enrolment was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Reload it and try again.");
        }
    }

    /** Whether attendance may be marked: the learner has a confirmed seat (or has completed). */
    public boolean isAttending() {
        return status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.COMPLETED;
    }

    public UUID getId() {
        return id;
    }

    /** The municipality the learner works for: their manager approves, their tenancy sees it. */
    @Override
    public UUID municipalityId() {
        return learnerMunicipalityId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getLearnerMunicipalityId() {
        return learnerMunicipalityId;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Boolean getFinalAssessmentPassed() {
        return finalAssessmentPassed;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }
}
