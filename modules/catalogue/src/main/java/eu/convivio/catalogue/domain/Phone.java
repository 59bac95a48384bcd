package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A telephone number of a service, location or organisation (HSDS phone). */
@Entity
@Table(schema = "catalogue", name = "phone")
public class Phone {

    @Id
    private UUID id;

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "service_id")
    private UUID serviceId;

    @Column(name = "location_id")
    private UUID locationId;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "service_at_location_id")
    private UUID serviceAtLocationId;

    @Column(name = "extension")
    private String extension;

    @Column(name = "type")
    private String type;

    @Column(name = "description")
    private String description;

    protected Phone() {
    }

    public Phone(UUID id, String number) {
        this.id = id;
        this.number = number;
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Phone setNumber(String number) {
        this.number = number;
        return this;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public Phone setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public Phone setLocationId(UUID locationId) {
        this.locationId = locationId;
        return this;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Phone setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    public UUID getServiceAtLocationId() {
        return serviceAtLocationId;
    }

    public Phone setServiceAtLocationId(UUID serviceAtLocationId) {
        this.serviceAtLocationId = serviceAtLocationId;
        return this;
    }

    public String getExtension() {
        return extension;
    }

    public Phone setExtension(String extension) {
        this.extension = extension;
        return this;
    }

    public String getType() {
        return type;
    }

    public Phone setType(String type) {
        this.type = type;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Phone setDescription(String description) {
        this.description = description;
        return this;
    }
}
