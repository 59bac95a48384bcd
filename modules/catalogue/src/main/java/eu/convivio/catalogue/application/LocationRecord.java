package eu.convivio.catalogue.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A location as its editors see and change it (Convivio's own JSON). A confidential location
 * (a shelter) is never shown or exported publicly; its editors still see it here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(value = {"id", "last_modified"}, allowGetters = true)
public record LocationRecord(
        UUID id,
        Long version,
        Instant lastModified,
        @NotNull UUID organizationId,
        @NotNull @Pattern(regexp = "physical|postal|virtual", message = "must be physical, postal or virtual") String locationType,
        boolean confidential,
        @Size(max = 300) String name,
        @Size(max = 300) String alternateName,
        @Size(max = 20000) String description,
        @Size(max = 20000) String transportation,
        @Size(max = 2000) @Pattern(regexp = Patterns.URL, message = "must be a web address starting with http:// or https://") String url,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Valid PostalAddress address,
        List<ServiceRecord.@Valid PhoneNumber> phones,
        List<ServiceRecord.@Valid TranslatedText> translations) {

    public LocationRecord {
        phones = phones == null ? List.of() : phones;
        translations = translations == null ? List.of() : translations;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PostalAddress(
            @NotBlank @Size(max = 300) String address1,
            @Size(max = 300) String address2,
            @NotBlank @Size(max = 200) String city,
            @Size(max = 200) String region,
            @Size(max = 20) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as BG") String country) {
    }

    LocationRecord answered(UUID id, long version, Instant lastModified) {
        return new LocationRecord(id, version, lastModified, organizationId, locationType, confidential, name, alternateName,
                description, transportation, url, latitude, longitude, address, phones, translations);
    }
}
