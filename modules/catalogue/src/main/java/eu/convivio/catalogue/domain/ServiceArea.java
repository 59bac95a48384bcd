package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The area a service covers (HSDS service_area), linked to the platform's municipality where it is one. */
@Entity
@Table(schema = "catalogue", name = "service_area")
public class ServiceArea {

    @Id
    private UUID id;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "municipality_id")
    private UUID municipalityId;

    @Column(name = "description")
    private String description;

    @Column(name = "extent")
    private String extent;

    @Column(name = "extent_type")
    private String extentType;

    @Column(name = "uri")
    private String uri;

    protected ServiceArea() {
    }

    public ServiceArea(UUID id, UUID serviceId, String name) {
        this.id = id;
        this.serviceId = serviceId;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public ServiceArea setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public String getName() {
        return name;
    }

    public ServiceArea setName(String name) {
        this.name = name;
        return this;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public ServiceArea setMunicipalityId(UUID municipalityId) {
        this.municipalityId = municipalityId;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public ServiceArea setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getExtent() {
        return extent;
    }

    public ServiceArea setExtent(String extent) {
        this.extent = extent;
        return this;
    }

    public String getExtentType() {
        return extentType;
    }

    public ServiceArea setExtentType(String extentType) {
        this.extentType = extentType;
        return this;
    }

    public String getUri() {
        return uri;
    }

    public ServiceArea setUri(String uri) {
        this.uri = uri;
        return this;
    }
}
