package eu.convivio.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import eu.convivio.needs.application.NeedsUsingTrainingInternals;
import eu.convivio.needs.domain.WebAwareNeed;
import eu.convivio.strategy.web.UndecidedResource;
import eu.convivio.training.domain.CourseInternals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules catch what they are meant to: each is run against fixture classes (test
 * sources only, so the real check never sees them) that break it on purpose.
 */
class ArchitectureRulesTest {

    private final JavaClasses fixtures = new ClassFileImporter().importClasses(
            WebAwareNeed.class, NeedsUsingTrainingInternals.class, CourseInternals.class, UndecidedResource.class);

    @Test
    void aCycleBetweenModulesIsReported() {
        EvaluationResult result = ArchitectureTest.modulesHaveNoCycles.evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("needs").contains("training");
    }

    @Test
    void reachingIntoAnotherModuleOutsideItsApiIsReported() {
        EvaluationResult result = ArchitectureTest.modulesMeetOnlyThroughTheirApi.evaluate(fixtures);
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("NeedsUsingTrainingInternals") && d.contains("module 'training' outside its api package"));
    }

    @Test
    void webTypesInADomainAreReported() {
        EvaluationResult result = ArchitectureTest.domainsKnowNothingOfTheWeb.evaluate(fixtures);
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("WebAwareNeed") && d.contains("jakarta.ws.rs.core.Response"));
    }

    @Test
    void aRestOperationWithoutAnAccessDecisionIsReportedAndOnlyThatOne() {
        EvaluationResult result = ArchitectureTest.everyRestOperationDecidesWhoMayCallIt.evaluate(fixtures);
        assertThat(result.getFailureReport().getDetails())
                .hasSize(1)
                .allMatch(d -> d.contains("UndecidedResource.undecided()"));
    }
}
