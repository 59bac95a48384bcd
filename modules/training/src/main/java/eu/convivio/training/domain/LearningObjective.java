package eu.convivio.training.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * What a learner should be able to do after the course. The id stays for good, because
 * self-assessments of competence refer to it; editing the text or order keeps it.
 */
@Entity
@Table(schema = "training", name = "learning_objective")
@Audited
public class LearningObjective {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false)
    private String text;

    protected LearningObjective() {
    }

    LearningObjective(UUID id, Course course, int position, String text) {
        this.id = id;
        this.course = course;
        this.position = position;
        this.text = text;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCourseId() {
        return course.getId();
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    void rewrite(int position, String text) {
        this.position = position;
        this.text = text;
    }
}
