package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** Where a service is delivered: a building, a postal address or a virtual place (HSDS location). Confidential locations (shelters) never reach public output. */
@Entity
@Table(schema = "catalogue", name = "location")
@Audited
public class Location extends EditedRecord {

    @Id
    private UUID id;

    @Column(name = "location_type", nullable = false)
    private String locationType;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "name")
    private String name;

    @Column(name = "alternate_name")
    private String alternateName;

    @Column(name = "description")
    private String description;

    @Column(name = "transportation")
    private String transportation;

    @Column(name = "url")
    private String url;

    @Column(name = "latitude")
    private BigDecimal latitude;

    @Column(name = "longitude")
    private BigDecimal longitude;

    protected Location() {
    }

    public Location(UUID id, String locationType, boolean confidential) {
        this.id = id;
        this.locationType = locationType;
        this.confidential = confidential;
    }

    public UUID getId() {
        return id;
    }

    public String getLocationType() {
        return locationType;
    }

    public Location setLocationType(String locationType) {
        this.locationType = locationType;
        return this;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Location setConfidential(boolean confidential) {
        this.confidential = confidential;
        return this;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Location setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    public String getName() {
        return name;
    }

    public Location setName(String name) {
        this.name = name;
        return this;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public Location setAlternateName(String alternateName) {
        this.alternateName = alternateName;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Location setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getTransportation() {
        return transportation;
    }

    public Location setTransportation(String transportation) {
        this.transportation = transportation;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public Location setUrl(String url) {
        this.url = url;
        return this;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public Location setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
        return this;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Location setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
        return this;
    }
}
