package eu.convivio.training.application;

import eu.convivio.training.api.CourseDirectory;
import eu.convivio.training.api.CourseSummary;
import eu.convivio.training.domain.Course;
import eu.convivio.training.infrastructure.TrainingQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Courses and completions as other modules read them. A completion counts for the department the
 * learner worked in when they enrolled (recorded on the enrolment from their platform membership).
 */
@ApplicationScoped
public class TrainingCourseDirectory implements CourseDirectory {

    @PersistenceContext
    private EntityManager em;

    protected TrainingCourseDirectory() {
    }

    /** For tests without CDI. */
    TrainingCourseDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CourseSummary> find(UUID courseId) {
        return Optional.ofNullable(courseId == null ? null : em.find(Course.class, courseId))
                .filter(Course::isPublished).map(TrainingCourseDirectory::summary);
    }

    @Override
    public List<CourseSummary> courses(String topicCode) {
        String topic = topicCode == null || topicCode.isBlank() ? null : topicCode.strip();
        return new TrainingQueries(em).courses(java.util.Set.of(), false, topic, 0, Integer.MAX_VALUE).stream()
                .filter(Course::isPublished).map(TrainingCourseDirectory::summary).toList();
    }

    @Override
    public int completions(UUID departmentId, UUID courseId) {
        if (departmentId == null || courseId == null) {
            return 0;
        }
        return Math.toIntExact(new TrainingQueries(em).completions(departmentId, courseId));
    }

    static CourseSummary summary(Course c) {
        return new CourseSummary(c.getId(), c.getTitle(), c.getTopics(), c.getHours(), c.getLanguage());
    }
}
