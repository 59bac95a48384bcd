package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An organisation that provides services: a municipal department, an NGO, a health centre (HSDS organization). */
@Entity
@Table(schema = "catalogue", name = "organization")
@Audited
public class Organization extends EditedRecord {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "alternate_name")
    private String alternateName;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "email")
    private String email;

    @Column(name = "website")
    private String website;

    @Column(name = "tax_id")
    private String taxId;

    @Column(name = "year_incorporated")
    private Integer yearIncorporated;

    @Column(name = "legal_status")
    private String legalStatus;

    @Column(name = "logo")
    private String logo;

    @Column(name = "uri")
    private String uri;

    @Column(name = "parent_organization_id")
    private UUID parentOrganizationId;

    /** The municipality whose officers registered the organisation (V11); they keep it before it has services. */
    @Column(name = "municipality_id")
    private UUID municipalityId;

    protected Organization() {
    }

    public Organization(UUID id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Organization setName(String name) {
        this.name = name;
        return this;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public Organization setAlternateName(String alternateName) {
        this.alternateName = alternateName;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Organization setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public Organization setEmail(String email) {
        this.email = email;
        return this;
    }

    public String getWebsite() {
        return website;
    }

    public Organization setWebsite(String website) {
        this.website = website;
        return this;
    }

    public String getTaxId() {
        return taxId;
    }

    public Organization setTaxId(String taxId) {
        this.taxId = taxId;
        return this;
    }

    public Integer getYearIncorporated() {
        return yearIncorporated;
    }

    public Organization setYearIncorporated(Integer yearIncorporated) {
        this.yearIncorporated = yearIncorporated;
        return this;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public Organization setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
        return this;
    }

    public String getLogo() {
        return logo;
    }

    public Organization setLogo(String logo) {
        this.logo = logo;
        return this;
    }

    public String getUri() {
        return uri;
    }

    public Organization setUri(String uri) {
        this.uri = uri;
        return this;
    }

    public UUID getParentOrganizationId() {
        return parentOrganizationId;
    }

    public Organization setParentOrganizationId(UUID parentOrganizationId) {
        this.parentOrganizationId = parentOrganizationId;
        return this;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public Organization setMunicipalityId(UUID municipalityId) {
        this.municipalityId = municipalityId;
        return this;
    }
}
