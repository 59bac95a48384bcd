package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A postal or physical address of a location (HSDS address). */
@Entity
@Table(schema = "catalogue", name = "address")
public class Address {

    @Id
    private UUID id;

    @Column(name = "location_id", nullable = false)
    private UUID locationId;

    @Column(name = "address_1", nullable = false)
    private String address1;

    @Column(name = "city", nullable = false)
    private String city;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "address_type", nullable = false)
    private String addressType;

    @Column(name = "attention")
    private String attention;

    @Column(name = "address_2")
    private String address2;

    @Column(name = "region")
    private String region;

    @Column(name = "state_province")
    private String stateProvince;

    @Column(name = "postal_code")
    private String postalCode;

    protected Address() {
    }

    public Address(UUID id, UUID locationId, String address1, String city, String country, String addressType) {
        this.id = id;
        this.locationId = locationId;
        this.address1 = address1;
        this.city = city;
        this.country = country;
        this.addressType = addressType;
    }

    public UUID getId() {
        return id;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public Address setLocationId(UUID locationId) {
        this.locationId = locationId;
        return this;
    }

    public String getAddress1() {
        return address1;
    }

    public Address setAddress1(String address1) {
        this.address1 = address1;
        return this;
    }

    public String getCity() {
        return city;
    }

    public Address setCity(String city) {
        this.city = city;
        return this;
    }

    public String getCountry() {
        return country;
    }

    public Address setCountry(String country) {
        this.country = country;
        return this;
    }

    public String getAddressType() {
        return addressType;
    }

    public Address setAddressType(String addressType) {
        this.addressType = addressType;
        return this;
    }

    public String getAttention() {
        return attention;
    }

    public Address setAttention(String attention) {
        this.attention = attention;
        return this;
    }

    public String getAddress2() {
        return address2;
    }

    public Address setAddress2(String address2) {
        this.address2 = address2;
        return this;
    }

    public String getRegion() {
        return region;
    }

    public Address setRegion(String region) {
        this.region = region;
        return this;
    }

    public String getStateProvince() {
        return stateProvince;
    }

    public Address setStateProvince(String stateProvince) {
        this.stateProvince = stateProvince;
        return this;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Address setPostalCode(String postalCode) {
        this.postalCode = postalCode;
        return this;
    }
}
