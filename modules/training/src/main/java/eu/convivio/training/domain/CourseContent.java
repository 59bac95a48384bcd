package eu.convivio.training.domain;

import eu.convivio.platform.api.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Everything an editor sets on a course, checked by the application before it gets here. */
public record CourseContent(
        String title,
        String description,
        String language,
        CourseFormat format,
        BigDecimal hours,
        CompletionRule completionRule,
        Approval approval,
        Set<String> topics,
        Set<UUID> targetDepartments,
        Set<Role> targetRoles,
        List<Objective> objectives,
        Set<UUID> trainers,
        Set<UUID> prerequisites,
        Map<String, CourseText> translations) {

    public CourseContent {
        topics = Set.copyOf(topics);
        targetDepartments = Set.copyOf(targetDepartments);
        targetRoles = Set.copyOf(targetRoles);
        objectives = List.copyOf(objectives);
        trainers = Set.copyOf(trainers);
        prerequisites = Set.copyOf(prerequisites);
        translations = Map.copyOf(translations);
    }
}
