package eu.convivio.training.domain;

import eu.convivio.needs.application.NeedsUsingTrainingInternals;

/** Fixture for ArchitectureRulesTest, never deployed: closes a cycle between needs and training. */
public class CourseInternals {
    public String title() {
        return new NeedsUsingTrainingInternals().toString();
    }
}
