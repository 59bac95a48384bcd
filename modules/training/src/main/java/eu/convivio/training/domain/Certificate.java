package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Proof that a learner completed a course at a session. It keeps the text it prints (names,
 * course, hours, dates, host, trainers) so that what the verification page confirms is exactly
 * what the paper says, whatever is edited later. It belongs to the host municipality, whose
 * trainers may revoke it, with a reason.
 */
@Entity
@Table(schema = "training", name = "certificate")
@Audited
public class Certificate implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private UUID enrolmentId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private UUID learnerId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(name = "learner_name", nullable = false, updatable = false)
    private String learnerName;

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(name = "hours", nullable = false, updatable = false)
    private BigDecimal hours;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "host_name", nullable = false, updatable = false)
    private String hostName;

    @Column(name = "trainer_names", nullable = false, updatable = false)
    private String trainerNames;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(CertificateCode code, CertificateText text, Instant issuedAt, String issuedBy) {
        this.id = UUID.randomUUID();
        this.code = code.value();
        this.enrolmentId = text.enrolmentId();
        this.sessionId = text.sessionId();
        this.courseId = text.courseId();
        this.learnerId = text.learnerId();
        this.municipalityId = text.hostMunicipalityId();
        this.learnerName = text.learnerName();
        this.courseTitle = text.courseTitle();
        this.hours = text.hours();
        this.firstDay = text.firstDay();
        this.lastDay = text.lastDay();
        this.hostName = text.hostName();
        this.trainerNames = text.trainerNames();
        this.language = text.language();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** Withdraws the certificate; verification says so from now on. Revoking twice is refused. */
    public void revoke(String reason, String by, Instant at) {
        if (revokedAt != null) {
            throw new Problem.Conflict("This certificate was already revoked on " + revokedAt + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new Problem.Invalid("reason", "Say why the certificate is revoked.");
        }
        if (reason.strip().length() > 1000) {
            throw new Problem.Invalid("reason", "The reason is at most 1000 characters.");
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason.strip();
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public CertificateCode code() {
        return new CertificateCode(code);
    }

    public UUID getId() {
        return id;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getCourseId() {
        return courseId;
    }

    public UUID getLearnerId() {
        return learnerId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getHostName() {
        return hostName;
    }

    public String getTrainerNames() {
        return trainerNames;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public long getVersion() {
        return version;
    }
}
