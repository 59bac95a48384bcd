package eu.convivio.training.domain;

/** How a course is delivered. A study visit takes staff of one city to another to see its practice. */
public enum CourseFormat {
    IN_PERSON,
    ONLINE,
    BLENDED,
    STUDY_VISIT,
    JOINT_EVENT
}
