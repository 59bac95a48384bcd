package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.LocationRecord;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;

/**
 * The location form, with its address and the confidential flag (a shelter's address is never
 * shown publicly), its translations (each with its reviewed flag) and phones.
 */
@Named
@ViewScoped
public class LocationEditor extends RecordEditor<LocationRecord> {

    private static final long serialVersionUID = 1L;

    private static final Kind<LocationRecord> LOCATION = new Kind<>("location",
            CatalogueEditing::decisionForLocation, CatalogueEditing::location,
            CatalogueEditing::createLocation, CatalogueEditing::updateLocation,
            LocationRecord::id, LocationRecord::version, LocationRecord::name);

    public LocationEditor() {
        super(List.of("name", "alternate_name", "description"));
    }

    @Override
    protected Kind<LocationRecord> kind() {
        return LOCATION;
    }

    private String organizationParam;

    private String organizationId;
    private String locationType = "physical";
    private boolean confidential;
    private String name;
    private String description;
    private String transportation;
    private String url;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String address1;
    private String address2;
    private String city;
    private String postalCode;
    private String country;

    @Override
    protected void fill(LocationRecord r) {
        organizationId = r.organizationId() == null ? null : r.organizationId().toString();
        locationType = r.locationType();
        confidential = r.confidential();
        name = r.name();
        description = r.description();
        transportation = r.transportation();
        url = r.url();
        latitude = r.latitude();
        longitude = r.longitude();
        if (r.address() != null) {
            address1 = r.address().address1();
            address2 = r.address().address2();
            city = r.address().city();
            postalCode = r.address().postalCode();
            country = r.address().country();
        }
        fillTextsAndPhones(r.translations(), r.phones());
    }

    @Override
    protected LocationRecord record() {
        boolean noAddress = blank(address1) && blank(city) && blank(country) && blank(address2) && blank(postalCode);
        LocationRecord.PostalAddress address = noAddress ? null
                : new LocationRecord.PostalAddress(address1, address2, city, null, postalCode, country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT));
        return new LocationRecord(null, getVersion(), null, ServiceEditor.parse(organizationId), locationType, confidential,
                name, null, description, transportation, url, latitude, longitude, address, phoneRecords(), translationRecords());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<CatalogueEditing.Row> getOrganizationChoices() {
        return editing().editableOrganizations();
    }

    public List<String> getTypeChoices() {
        return List.of("physical", "postal", "virtual");
    }

    /** A new location is one of the organisation the page's {@code organization} names. */
    @Override
    protected void prepareNew() {
        organizationId = organizationParam;
    }

    public String getOrganization() {
        return organizationParam;
    }

    public void setOrganization(String organization) {
        this.organizationParam = organization;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getLocationType() {
        return locationType;
    }

    public void setLocationType(String locationType) {
        this.locationType = locationType;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTransportation() {
        return transportation;
    }

    public void setTransportation(String transportation) {
        this.transportation = transportation;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getAddress1() {
        return address1;
    }

    public void setAddress1(String address1) {
        this.address1 = address1;
    }

    public String getAddress2() {
        return address2;
    }

    public void setAddress2(String address2) {
        this.address2 = address2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
