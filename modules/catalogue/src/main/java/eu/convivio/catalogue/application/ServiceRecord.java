package eu.convivio.catalogue.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A service as its editors see and change it: Convivio's own JSON (snake_case), with everything
 * that belongs to the service in one document. {@code id}, {@code last_modified} and
 * {@code needs_review} are answers only (ignored when sent back); {@code version} is the version
 * the client edited (the If-Match header may carry it instead). {@code local_terms} are the ids of
 * terms of cities' own taxonomies on the service; left out (null), they stay as they are.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(value = {"id", "last_modified", "needs_review"}, allowGetters = true)
public record ServiceRecord(
        UUID id,
        Long version,
        Instant lastModified,
        boolean needsReview,
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String alternateName,
        @Size(max = 20000) String description,
        @Size(max = 2000) @Pattern(regexp = Patterns.URL, message = "must be a web address starting with http:// or https://") String url,
        @Size(max = 254) @Email String email,
        @NotNull @Pattern(regexp = "active|inactive|defunct|temporarily closed",
                message = "must be one of active, inactive, defunct, temporarily closed") String status,
        @NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = "must be a language tag such as en or pt-BR") String language,
        @Size(max = 20000) String interpretationServices,
        @Size(max = 20000) String applicationProcess,
        @Size(max = 20000) String feesDescription,
        @Size(max = 20000) String eligibilityDescription,
        @Size(max = 20000) String alert,
        LocalDate assuredDate,
        @Size(max = 254) @Email String assurerEmail,
        @Valid Eligibility eligibility,
        List<@NotBlank String> themes,
        List<@Valid SpokenLanguage> languages,
        List<@Valid Area> serviceAreas,
        List<@Valid OpeningHours> schedules,
        List<@Valid RequiredDocument> requiredDocuments,
        List<@Valid Cost> costOptions,
        List<@Valid PhoneNumber> phones,
        List<@Valid TranslatedText> translations,
        List<@NotNull UUID> localTerms) {

    /**
     * A record without {@code local_terms}: the terms of cities' own taxonomies on the service
     * stay as they are when it is saved.
     */
    public ServiceRecord(UUID id, Long version, Instant lastModified, boolean needsReview, UUID organizationId, String name,
                         String alternateName, String description, String url, String email, String status, String language,
                         String interpretationServices, String applicationProcess, String feesDescription,
                         String eligibilityDescription, String alert, LocalDate assuredDate, String assurerEmail,
                         Eligibility eligibility, List<String> themes, List<SpokenLanguage> languages, List<Area> serviceAreas,
                         List<OpeningHours> schedules, List<RequiredDocument> requiredDocuments, List<Cost> costOptions,
                         List<PhoneNumber> phones, List<TranslatedText> translations) {
        this(id, version, lastModified, needsReview, organizationId, name, alternateName, description, url, email, status, language,
                interpretationServices, applicationProcess, feesDescription, eligibilityDescription, alert, assuredDate, assurerEmail,
                eligibility, themes, languages, serviceAreas, schedules, requiredDocuments, costOptions, phones, translations, null);
    }

    public ServiceRecord {
        eligibility = eligibility == null ? new Eligibility(List.of(), null, null, List.of()) : eligibility;
        themes = themes == null ? List.of() : themes;
        languages = languages == null ? List.of() : languages;
        serviceAreas = serviceAreas == null ? List.of() : serviceAreas;
        schedules = schedules == null ? List.of() : schedules;
        requiredDocuments = requiredDocuments == null ? List.of() : requiredDocuments;
        costOptions = costOptions == null ? List.of() : costOptions;
        phones = phones == null ? List.of() : phones;
        translations = translations == null ? List.of() : translations;
    }

    /** Who may use the service; empty lists and no ages mean everyone. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Eligibility(
            List<@NotNull @Pattern(regexp = "asylum_seeker|international_protection|subsidiary_protection|temporary_protection"
                    + "|family_reunification|residence_permit|undocumented", message = "is not a known residence status") String> residenceStatuses,
            @Min(0) @Max(130) Integer minimumAge,
            @Min(0) @Max(130) Integer maximumAge,
            List<@NotNull @Pattern(regexp = "female|male|non_binary", message = "must be female, male or non_binary") String> genders) {
        public Eligibility {
            residenceStatuses = residenceStatuses == null ? List.of() : residenceStatuses;
            genders = genders == null ? List.of() : genders;
        }
    }

    /** A language the service is offered in (ISO 639). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SpokenLanguage(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as ar or fa") String code,
            @Size(max = 100) String name,
            @Size(max = 2000) String note) {
    }

    /** An area the service covers; {@code municipality_id} makes that municipality's officers its keepers. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Area(
            @NotBlank @Size(max = 300) String name,
            UUID municipalityId,
            @Size(max = 2000) String description) {
    }

    /** Opening hours (RFC 5545 style), of the service or of the service at one of its locations. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OpeningHours(
            @Pattern(regexp = "WEEKLY|MONTHLY", message = "must be WEEKLY or MONTHLY") String freq,
            @Size(max = 100) @Pattern(regexp = "([+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))*",
                    message = "must list days as MO,TU,WE,TH,FR,SA,SU") String byday,
            LocalTime opensAt,
            LocalTime closesAt,
            LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 2000) String description,
            @Size(max = 2000) String notes,
            UUID serviceAtLocationId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RequiredDocument(
            @NotBlank @Size(max = 2000) String document,
            @Size(max = 2000) @Pattern(regexp = Patterns.URL, message = "must be a web address starting with http:// or https://") String uri) {
    }

    /** A price; a service without cost options is free of charge. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Cost(
            @Size(max = 2000) String option,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            @Size(max = 2000) String amountDescription,
            LocalDate validFrom,
            LocalDate validTo) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PhoneNumber(
            @NotBlank @Pattern(regexp = "[+0-9 ()./-]{3,50}", message = "must be a telephone number such as +359 2 123 4567") String number,
            @Size(max = 20) String extension,
            @Pattern(regexp = "text|voice|fax|cell|video|pager|textphone",
                    message = "must be one of text, voice, fax, cell, video, pager, textphone") String type,
            @Size(max = 2000) String description) {
    }

    /** One field in another language; {@code reviewed} once someone who knows the language checked it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TranslatedText(
            @NotNull @Pattern(regexp = Patterns.TRANSLATABLE, message = "is not a field that can be translated") String field,
            @NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = "must be a language tag such as en or pt-BR") String language,
            @NotBlank @Size(max = 20000) String text,
            boolean reviewed) {
    }

    /** The same record with the answer-only members filled in. */
    ServiceRecord answered(UUID id, long version, Instant lastModified, boolean needsReview) {
        return new ServiceRecord(id, version, lastModified, needsReview, organizationId, name, alternateName, description, url,
                email, status, language, interpretationServices, applicationProcess, feesDescription, eligibilityDescription,
                alert, assuredDate, assurerEmail, eligibility, themes, languages, serviceAreas, schedules, requiredDocuments,
                costOptions, phones, translations);
    }
}
