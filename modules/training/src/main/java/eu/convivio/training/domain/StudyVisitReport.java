package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the participants of a study visit saw at the host city (its practices) and what they
 * learned, written by the session's trainers. It can be published once to the catalogue's
 * good-practice library, after which it keeps the practice's id.
 */
@Entity
@Table(schema = "training", name = "study_visit_report")
@Audited
public class StudyVisitReport implements TenantOwned {

    public static final int TITLE = 300;
    public static final int SUMMARY = 1000;
    public static final int TEXT = 20000;

    @Id
    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "practices", nullable = false)
    private String practices;

    @Column(name = "lessons", nullable = false)
    private String lessons;

    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected StudyVisitReport() {
    }

    public StudyVisitReport(UUID sessionId, UUID hostMunicipalityId) {
        this.sessionId = sessionId;
        this.municipalityId = hostMunicipalityId;
    }

    /** The report's text as its writer sends it. */
    public record Text(String title, String summary, String practices, String lessons) {

        public Text {
            title = strip(title);
            summary = strip(summary);
            practices = strip(practices);
            lessons = strip(lessons);
        }

        private static String strip(String value) {
            return value == null ? null : value.strip();
        }

        public List<Problem.FieldError> errors() {
            List<Problem.FieldError> errors = new ArrayList<>();
            check(errors, "title", title, TITLE);
            check(errors, "summary", summary, SUMMARY);
            check(errors, "practices", practices, TEXT);
            check(errors, "lessons", lessons, TEXT);
            return errors;
        }

        private static void check(List<Problem.FieldError> errors, String field, String value, int max) {
            if (value == null || value.isEmpty()) {
                errors.add(new Problem.FieldError(field, "Fill this in."));
            } else if (value.length() > max) {
                errors.add(new Problem.FieldError(field, "At most " + max + " characters."));
            }
        }
    }

    public void write(Text text, Instant now) {
        List<Problem.FieldError> errors = text.errors();
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        this.title = text.title();
        this.summary = text.summary();
        this.practices = text.practices();
        this.lessons = text.lessons();
        this.lastModified = now;
    }

    public void published(UUID practiceId, Instant now) {
        if (this.practiceId != null) {
            throw new Problem.Conflict("This study visit was already published to the good-practice library.");
        }
        this.practiceId = practiceId;
        this.publishedAt = now;
        this.lastModified = now;
    }

    public void expectVersion(long edited) {
        if (edited != version) {
            throw new Problem.Conflict("This report was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Reload it and apply your change again.");
        }
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getPractices() {
        return practices;
    }

    public String getLessons() {
        return lessons;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }

    public Text text() {
        return new Text(title, summary, practices, lessons);
    }
}
