package eu.convivio.catalogue.web;

import eu.convivio.catalogue.domain.Practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A good practice as the API shows it; {@code version} is what a PUT sends back (or If-Match). */
public record PracticeView(UUID id, UUID municipalityId, String status, String language, String title,
                           String summary, String problem, String approach, String results, String city,
                           String country, String sourceProgramme, List<String> themes, String transferability,
                           String contacts, List<String> links, Instant publishedAt, Instant lastModified,
                           long version) {

    static PracticeView of(Practice p) {
        return new PracticeView(p.getId(), p.getMunicipalityId(), p.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                p.getLanguage(), p.getTitle(), p.getSummary(), p.getProblem(), p.getApproach(), p.getResults(),
                p.getCity(), p.getCountry(), p.getSourceProgramme(), p.getThemes(), p.getTransferability(),
                p.getContacts(), p.getLinks(), p.getPublishedAt(), p.getLastModified(), p.getVersion());
    }
}
