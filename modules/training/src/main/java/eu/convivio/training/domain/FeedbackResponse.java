package eu.convivio.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One learner's answer to the feedback form, without the learner: it names only the session and
 * course, and the week it was given (an exact time could be matched with the enrolment that was
 * marked as answered). Trainers see the answers only in aggregate ({@link FeedbackSummary}).
 */
@Entity
@Table(schema = "training", name = "feedback_response")
public class FeedbackResponse {

    @Id
    private UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(name = "relevance", nullable = false, updatable = false)
    private short relevance;

    @Column(name = "trainer", nullable = false, updatable = false)
    private short trainer;

    @Column(name = "materials", nullable = false, updatable = false)
    private short materials;

    @Column(name = "usefulness", nullable = false, updatable = false)
    private short usefulness;

    @Column(name = "comments", updatable = false)
    private String comments;

    @Column(name = "week", nullable = false, updatable = false)
    private LocalDate week;

    protected FeedbackResponse() {
    }

    public FeedbackResponse(UUID sessionId, UUID courseId, Ratings ratings, String comments, LocalDate week) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.courseId = courseId;
        this.relevance = (short) ratings.relevance();
        this.trainer = (short) ratings.trainer();
        this.materials = (short) ratings.materials();
        this.usefulness = (short) ratings.usefulness();
        this.comments = comments == null || comments.isBlank() ? null : comments.strip();
        this.week = week;
    }

    public Ratings ratings() {
        return new Ratings(relevance, trainer, materials, usefulness);
    }

    public String getComments() {
        return comments;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    /** The four questions of the form, each rated 1 (poor) to 5 (very good). */
    public record Ratings(int relevance, int trainer, int materials, int usefulness) {

        public static final java.util.List<String> QUESTIONS = java.util.List.of("relevance", "trainer", "materials", "usefulness");

        public int[] values() {
            return new int[] {relevance, trainer, materials, usefulness};
        }
    }
}
