package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A service as delivered at one location (HSDS service_at_location). */
@Entity
@Table(schema = "catalogue", name = "service_at_location")
public class ServiceAtLocation {

    @Id
    private UUID id;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "location_id", nullable = false)
    private UUID locationId;

    @Column(name = "description")
    private String description;

    protected ServiceAtLocation() {
    }

    public ServiceAtLocation(UUID id, UUID serviceId, UUID locationId) {
        this.id = id;
        this.serviceId = serviceId;
        this.locationId = locationId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public ServiceAtLocation setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public ServiceAtLocation setLocationId(UUID locationId) {
        this.locationId = locationId;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public ServiceAtLocation setDescription(String description) {
        this.description = description;
        return this;
    }
}
