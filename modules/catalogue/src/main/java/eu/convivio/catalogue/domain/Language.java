package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A language a service is offered in (HSDS language, ISO 639 code). */
@Entity
@Table(schema = "catalogue", name = "language")
public class Language {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "service_id")
    private UUID serviceId;

    @Column(name = "location_id")
    private UUID locationId;

    @Column(name = "phone_id")
    private UUID phoneId;

    @Column(name = "note")
    private String note;

    protected Language() {
    }

    public Language(UUID id, String code) {
        this.id = id;
        this.code = code;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Language setCode(String code) {
        this.code = code;
        return this;
    }

    public String getName() {
        return name;
    }

    public Language setName(String name) {
        this.name = name;
        return this;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public Language setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public Language setLocationId(UUID locationId) {
        this.locationId = locationId;
        return this;
    }

    public UUID getPhoneId() {
        return phoneId;
    }

    public Language setPhoneId(UUID phoneId) {
        this.phoneId = phoneId;
        return this;
    }

    public String getNote() {
        return note;
    }

    public Language setNote(String note) {
        this.note = note;
        return this;
    }
}
