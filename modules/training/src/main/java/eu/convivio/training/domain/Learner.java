package eu.convivio.training.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Who asks for a place: the account, the municipality and department they work for, and the
 * courses they have completed (for prerequisites).
 */
public record Learner(UUID accountId, UUID municipalityId, UUID departmentId, Set<UUID> completedCourses) {

    public Learner {
        completedCourses = Set.copyOf(completedCourses);
    }
}
