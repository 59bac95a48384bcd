package eu.convivio.needs.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an officer writes about a needs assessment. Participants is a count, lead organisation
 * and partners are organisations: an assessment records no person.
 */
public record AssessmentContent(String title, LocalDate periodStart, LocalDate periodEnd, AssessmentMethod method,
                                Set<UUID> districts, Set<String> populationGroups, Integer participants,
                                String leadOrganisation, String partners, AssessmentStatus status,
                                List<AttachmentLink> attachments, String summary) {

    public AssessmentContent {
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        populationGroups = populationGroups == null ? Set.of() : Set.copyOf(populationGroups);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
