package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.EditRule;
import eu.convivio.catalogue.application.LocationRecord;
import eu.convivio.catalogue.application.ServiceRecord;
import eu.convivio.catalogue.application.StaleRecord;
import eu.convivio.platform.api.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The location form, with its address and the confidential flag (a shelter's address is never
 * shown publicly), its translations (each with its reviewed flag) and phones.
 */
@Named
@ViewScoped
public class LocationEditor extends TextsAndPhonesForm {

    private static final long serialVersionUID = 1L;

    public LocationEditor() {
        super(List.of("name", "alternate_name", "description"));
    }

    @Inject
    private CatalogueEditing editing;

    private String id;
    private String organizationParam;
    private boolean loaded;
    private EditRule.Decision decision;
    private Long version;
    private List<EditorMessages.ChangedField> conflict = List.of();
    private Long conflictVersion;

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

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (isNew()) {
                var editor = editing.editor();
                decision = editor.editsAnything() ? EditRule.Decision.ALLOWED
                        : editor.signedIn() ? EditRule.Decision.FORBIDDEN : EditRule.Decision.UNAUTHORIZED;
                organizationId = organizationParam;
                return;
            }
            UUID locationId = UUID.fromString(id);
            decision = editing.decisionForLocation(locationId);
            if (decision == EditRule.Decision.ALLOWED) {
                fill(editing.location(locationId));
            }
        } catch (IllegalArgumentException | Problem e) {
            decision = EditRule.Decision.NOT_FOUND;
        }
    }

    private void fill(LocationRecord r) {
        version = r.version();
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

    public String save() {
        conflict = List.of();
        boolean noAddress = blank(address1) && blank(city) && blank(country) && blank(address2) && blank(postalCode);
        LocationRecord.PostalAddress address = noAddress ? null
                : new LocationRecord.PostalAddress(address1, address2, city, null, postalCode, country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT));
        LocationRecord record = new LocationRecord(null, version, null, ServiceEditor.parse(organizationId), locationType, confidential,
                name, null, description, transportation, url, latitude, longitude, address, phoneRecords(), translationRecords());
        LocationRecord saved;
        try {
            saved = isNew() ? editing.createLocation(record) : editing.updateLocation(UUID.fromString(id), version, record);
        } catch (StaleRecord stale) {
            conflict = EditorMessages.changes(stale);
            conflictVersion = stale.currentVersion();
            EditorMessages.error("conflict.summary");
            return null;
        } catch (Problem p) {
            EditorMessages.problem(p, "location", ServiceEditor.ROW_KEYS);
            return null;
        }
        EditorMessages.info("saved.location", saved.name() == null ? "" : saved.name());
        return "/catalogue/edit/location.xhtml?faces-redirect=true&id=" + saved.id();
    }

    public String saveOverCurrent() {
        if (conflictVersion != null) {
            version = conflictVersion;
        }
        return save();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<CatalogueEditing.Row> getOrganizationChoices() {
        return editing.editableOrganizations();
    }

    public List<String> getTypeChoices() {
        return List.of("physical", "postal", "virtual");
    }

    public boolean isAllowed() {
        return decision == EditRule.Decision.ALLOWED;
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public EditRule.Decision getDecision() {
        return decision;
    }

    public List<EditorMessages.ChangedField> getConflict() {
        return conflict;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
