package eu.convivio.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A course's title and description in one further language. */
@Embeddable
public class CourseText {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    protected CourseText() {
    }

    public CourseText(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseText other && Objects.equals(title, other.title) && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description);
    }
}
