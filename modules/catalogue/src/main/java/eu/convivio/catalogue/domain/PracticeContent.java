package eu.convivio.catalogue.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The text of a good practice as its editor writes it. The same limits as the database's, so that
 * a mistake is reported beside its field instead of as a failed insert.
 */
public record PracticeContent(
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or bg") String language,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 1000) String summary,
        @NotBlank @Size(max = 20000) String problem,
        @NotBlank @Size(max = 20000) String approach,
        @Size(max = 20000) String results,
        @NotBlank @Size(max = 200) String city,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code such as SK") String country,
        @Size(max = 200) String sourceProgramme,
        @Size(max = 20000) String transferability,
        @Size(max = 5000) String contacts,
        @NotNull @Size(max = 8) List<String> themes,
        @NotNull @Size(max = 20) List<String> links) {

    /** What a link must look like (the database checks the same). */
    public static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://\\S{1,1990}");

    public PracticeContent {
        language = trim(language);
        title = trim(title);
        summary = trim(summary);
        problem = trim(problem);
        approach = trim(approach);
        results = blankToNull(results);
        city = trim(city);
        country = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        sourceProgramme = blankToNull(sourceProgramme);
        transferability = blankToNull(transferability);
        contacts = blankToNull(contacts);
        themes = themes == null ? null : themes.stream().map(PracticeContent::trim).distinct().toList();
        links = links == null ? null : links.stream().map(PracticeContent::trim).filter(l -> l != null && !l.isEmpty()).toList();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
