package eu.convivio.needs.application;

import eu.convivio.training.domain.CourseInternals;

/** Fixture for ArchitectureRulesTest, never deployed: reaches into another module's domain. */
public class NeedsUsingTrainingInternals {
    public String title(CourseInternals course) {
        return course.title();
    }
}
