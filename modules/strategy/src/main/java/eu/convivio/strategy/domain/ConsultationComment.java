package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stakeholder's comment on a section or a measure of the version out for consultation, and the
 * secretariat's answer to it. The comment itself never changes; the answer may be revised (each
 * change is audited) until it reads as the secretariat wants it published.
 */
@Entity
@Table(schema = "strategy", name = "consultation_comment")
@Audited(redact = "sourceKey")
public class ConsultationComment extends StrategyRecord {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NAME = 120;
    public static final int MAX_ORGANISATION = 200;
    public static final int MIN_TEXT = 3;

    @Column(name = "version_id", nullable = false, updatable = false)
    private UUID versionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, updatable = false)
    private CommentTarget targetKind;

    @Column(name = "target_lineage_id", nullable = false, updatable = false)
    private UUID targetLineageId;

    @Column(name = "target_title", nullable = false, updatable = false)
    private String targetTitle;

    @Column(name = "author_account_id", updatable = false)
    private UUID authorAccountId;

    @Column(name = "author_name", updatable = false)
    private String authorName;

    @Column(name = "author_organisation", updatable = false)
    private String authorOrganisation;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "source_key", updatable = false)
    private String sourceKey;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer")
    private CommentAnswer answer;

    @Column(name = "answer_reason")
    private String answerReason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private UUID answeredBy;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected ConsultationComment() {
    }

    /** What a commenter wrote; checked by {@link #check}. */
    public record Draft(CommentTarget targetKind, UUID targetLineageId, String text, String authorName, String authorOrganisation) {
    }

    /**
     * A new comment on the target (whose current heading or title is {@code targetTitle}), from the
     * signed-in account or, when {@code authorAccountId} is null, from a member of the public.
     */
    public ConsultationComment(UUID id, UUID strategyId, UUID municipalityId, UUID versionId, String targetTitle,
                               Draft draft, UUID authorAccountId, String sourceKey, Instant at) {
        super(id, strategyId, municipalityId);
        check(draft);
        this.versionId = versionId;
        this.targetKind = draft.targetKind();
        this.targetLineageId = draft.targetLineageId();
        this.targetTitle = targetTitle;
        this.authorAccountId = authorAccountId;
        this.authorName = blankToNull(draft.authorName());
        this.authorOrganisation = blankToNull(draft.authorOrganisation());
        this.text = draft.text().strip();
        this.sourceKey = sourceKey;
        this.submittedAt = at;
        this.lastModified = at;
    }

    /** Every rule a comment must keep, each broken one named by its field. */
    public static void check(Draft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.targetKind() == null) {
            errors.add(new Problem.FieldError("targetKind", "Say whether the comment is on a section or a measure (section or measure)."));
        }
        if (draft.targetLineageId() == null) {
            errors.add(new Problem.FieldError("targetId", "Choose the section or measure the comment is about."));
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.length() < MIN_TEXT) {
            errors.add(new Problem.FieldError("text", "Write your comment (at least " + MIN_TEXT + " characters)."));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("text", "A comment has at most " + MAX_TEXT + " characters; this one has " + text.length() + "."));
        }
        if (draft.authorName() != null && draft.authorName().strip().length() > MAX_NAME) {
            errors.add(new Problem.FieldError("authorName", "A name has at most " + MAX_NAME + " characters."));
        }
        if (draft.authorOrganisation() != null && draft.authorOrganisation().strip().length() > MAX_ORGANISATION) {
            errors.add(new Problem.FieldError("authorOrganisation", "An organisation's name has at most " + MAX_ORGANISATION + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    /** The secretariat's answer: a decision and its reason, which every answer needs. */
    public void answer(CommentAnswer decision, String reason, UUID by, Instant at) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new Problem.FieldError("answer", "Choose the answer: accepted, partly_accepted or rejected."));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new Problem.FieldError("reason", "Give the reason for the answer: it is published with it."));
        } else if (why.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("reason", "A reason has at most " + MAX_TEXT + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        this.answer = decision;
        this.answerReason = why;
        this.answeredBy = by;
        this.answeredAt = at.isBefore(submittedAt) ? submittedAt : at;
        this.lastModified = this.answeredAt;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    /** Refuses an answer given on another state of the comment than the current one. */
    public void expectVersion(long seen) {
        if (seen != version) {
            throw new Problem.Conflict("Someone else answered this comment since you opened it (version " + seen + ", now "
                    + version + "): their answer is \"" + (answer == null ? "" : answer.name()) + "\" — " + answerReason);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getVersionId() {
        return versionId;
    }

    public CommentTarget getTargetKind() {
        return targetKind;
    }

    public UUID getTargetLineageId() {
        return targetLineageId;
    }

    public String getTargetTitle() {
        return targetTitle;
    }

    public UUID getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public String getText() {
        return text;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public CommentAnswer getAnswer() {
        return answer;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}
