package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Opening hours as an RFC 5545 style recurrence (HSDS schedule): e.g. weekly on MO,WE from 09:00 to 13:00. */
@Entity
@Table(schema = "catalogue", name = "schedule")
public class Schedule {

    @Id
    private UUID id;

    @Column(name = "freq")
    private String freq;

    @Column(name = "byday")
    private String byday;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    @Column(name = "service_id")
    private UUID serviceId;

    @Column(name = "location_id")
    private UUID locationId;

    @Column(name = "service_at_location_id")
    private UUID serviceAtLocationId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "timezone")
    private String timezone;

    @Column(name = "description")
    private String description;

    @Column(name = "notes")
    private String notes;

    protected Schedule() {
    }

    public Schedule(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public String getFreq() {
        return freq;
    }

    public Schedule setFreq(String freq) {
        this.freq = freq;
        return this;
    }

    public String getByday() {
        return byday;
    }

    public Schedule setByday(String byday) {
        this.byday = byday;
        return this;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public Schedule setOpensAt(LocalTime opensAt) {
        this.opensAt = opensAt;
        return this;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public Schedule setClosesAt(LocalTime closesAt) {
        this.closesAt = closesAt;
        return this;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public Schedule setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public Schedule setLocationId(UUID locationId) {
        this.locationId = locationId;
        return this;
    }

    public UUID getServiceAtLocationId() {
        return serviceAtLocationId;
    }

    public Schedule setServiceAtLocationId(UUID serviceAtLocationId) {
        this.serviceAtLocationId = serviceAtLocationId;
        return this;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Schedule setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
        return this;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Schedule setValidTo(LocalDate validTo) {
        this.validTo = validTo;
        return this;
    }

    public String getTimezone() {
        return timezone;
    }

    public Schedule setTimezone(String timezone) {
        this.timezone = timezone;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Schedule setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getNotes() {
        return notes;
    }

    public Schedule setNotes(String notes) {
        this.notes = notes;
        return this;
    }
}
