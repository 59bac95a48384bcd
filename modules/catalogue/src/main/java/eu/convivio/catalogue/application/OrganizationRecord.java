package eu.convivio.catalogue.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation as its editors see and change it (Convivio's own JSON). {@code municipality_id}
 * names the municipality whose officers keep it before it has services of its own.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(value = {"id", "last_modified"}, allowGetters = true)
public record OrganizationRecord(
        UUID id,
        Long version,
        Instant lastModified,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String alternateName,
        @NotBlank @Size(max = 20000) String description,
        @Size(max = 254) @Email String email,
        @Size(max = 2000) @Pattern(regexp = Patterns.URL, message = "must be a web address starting with http:// or https://") String website,
        @Size(max = 64) String taxId,
        @Min(1800) @Max(2100) Integer yearIncorporated,
        @Size(max = 200) String legalStatus,
        UUID municipalityId,
        List<ServiceRecord.@Valid PhoneNumber> phones,
        List<ServiceRecord.@Valid TranslatedText> translations) {

    public OrganizationRecord {
        phones = phones == null ? List.of() : phones;
        translations = translations == null ? List.of() : translations;
    }

    OrganizationRecord answered(UUID id, long version, Instant lastModified) {
        return new OrganizationRecord(id, version, lastModified, name, alternateName, description, email, website, taxId,
                yearIncorporated, legalStatus, municipalityId, phones, translations);
    }
}
