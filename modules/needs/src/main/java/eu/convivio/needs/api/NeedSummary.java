package eu.convivio.needs.api;

import java.util.UUID;

/**
 * One need as other modules see it (aggregated data about a group, never about a person).
 *
 * @param themeCode      code of the shared integration-theme taxonomy term (e.g. {@code housing})
 * @param district       the district's name, or {@code null} for the whole municipality
 * @param populationGroup code of the {@link PopulationGroup}
 * @param severity       1 (minor) to 5 (critical)
 * @param peopleInNeed   estimate, or {@code null} when the assessment gave none
 * @param status         identified, validated, addressed or closed
 */
public record NeedSummary(UUID id, UUID municipalityId, UUID assessmentId, String assessmentTitle,
                          String themeCode, String district, String populationGroup, String description,
                          int severity, Integer peopleInNeed, String status) {
}
