package eu.convivio.training.domain;

/** Whether learners can see a course: drafts only its trainers, published everyone, archived no new sessions. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
