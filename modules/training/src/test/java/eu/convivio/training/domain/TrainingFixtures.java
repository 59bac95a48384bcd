package eu.convivio.training.domain;

import eu.convivio.platform.api.Role;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Courses and sessions for tests: a two-day course and a session with a few seats. */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    public static CourseContent content(String title, Approval approval, BigDecimal share, boolean assessment) {
        return new CourseContent(title, "What front-desk staff need to know.", "en", CourseFormat.IN_PERSON,
                new BigDecimal("12.0"), new CompletionRule(share, assessment), approval,
                Set.of("interpretation"), Set.of(), Set.of(Role.LEARNER, Role.OFFICER),
                List.of(new Objective(null, "Brief an interpreter"), new Objective(null, "Run a three-way conversation")),
                Set.of(UUID.randomUUID()), Set.of(),
                Map.of("sk", new CourseText("Práca s tlmočníkmi", null)));
    }

    public static Course course(UUID municipality, Approval approval) {
        Course course = new Course(UUID.randomUUID(), municipality, content("Working with interpreters", approval, new BigDecimal("0.75"), false), UUID::randomUUID);
        course.publish();
        return course;
    }

    public static SessionPlan plan(int capacity, UUID trainer, Approval approval, Instant now, boolean exchange, LocalDate... days) {
        return new SessionPlan(
                List.of(days).stream().map(d -> new DayPlan(d, LocalTime.of(9, 0), LocalTime.of(16, 0))).toList(),
                "City hall, room 2", null, capacity, Set.of(trainer),
                now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(5)), exchange, approval);
    }

    public static Learner learner(UUID municipality) {
        return new Learner(UUID.randomUUID(), municipality, null, Set.of());
    }
}
