package eu.convivio.training.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to courses and completions for other modules. */
public interface CourseDirectory {

    Optional<CourseSummary> find(UUID courseId);

    /** Published courses, those covering the topic only when {@code topicCode} is not null. */
    List<CourseSummary> courses(String topicCode);

    /** How many staff of the department have completed the course (any session). */
    int completions(UUID departmentId, UUID courseId);
}
