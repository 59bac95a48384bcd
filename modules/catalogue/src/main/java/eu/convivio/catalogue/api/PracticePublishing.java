package eu.convivio.catalogue.api;

import java.util.List;
import java.util.UUID;

/**
 * Lets another module add a published practice to the good-practice library (training publishes
 * what a study visit learned). The caller has decided that the current user may speak for the
 * municipality; the library checks the text as it checks an editor's.
 */
public interface PracticePublishing {

    /**
     * Writes and publishes the practice in one step.
     *
     * @return the new practice's id
     * @throws eu.convivio.platform.api.Problem.Invalid naming the offending field when the text breaks a rule
     */
    UUID publish(UUID municipalityId, Draft draft);

    /** The practice's text, with the fields of the library's editor (themes are convivio-themes codes). */
    record Draft(String language, String title, String summary, String problem, String approach, String results,
                 String city, String country, String sourceProgramme, String transferability, String contacts,
                 List<String> themes, List<String> links) {
    }
}
