package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A service an organisation offers to newcomers (HSDS service); its text is in {@code language}, other languages are {@link Translation}s. */
@Entity
@Table(schema = "catalogue", name = "service")
@Audited
public class Service extends EditedRecord {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "program_id")
    private UUID programId;

    @Column(name = "alternate_name")
    private String alternateName;

    @Column(name = "description")
    private String description;

    @Column(name = "url")
    private String url;

    @Column(name = "email")
    private String email;

    @Column(name = "interpretation_services")
    private String interpretationServices;

    @Column(name = "application_process")
    private String applicationProcess;

    @Column(name = "fees_description")
    private String feesDescription;

    @Column(name = "eligibility_description")
    private String eligibilityDescription;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @Column(name = "assured_date")
    private LocalDate assuredDate;

    @Column(name = "assurer_email")
    private String assurerEmail;

    @Column(name = "alert")
    private String alert;

    protected Service() {
    }

    public Service(UUID id, UUID organizationId, String name, String language, String status) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.language = language;
        this.status = status;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Service setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    public String getName() {
        return name;
    }

    public Service setName(String name) {
        this.name = name;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public Service setLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public Service setStatus(String status) {
        this.status = status;
        return this;
    }

    public UUID getProgramId() {
        return programId;
    }

    public Service setProgramId(UUID programId) {
        this.programId = programId;
        return this;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public Service setAlternateName(String alternateName) {
        this.alternateName = alternateName;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Service setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public Service setUrl(String url) {
        this.url = url;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public Service setEmail(String email) {
        this.email = email;
        return this;
    }

    public String getInterpretationServices() {
        return interpretationServices;
    }

    public Service setInterpretationServices(String interpretationServices) {
        this.interpretationServices = interpretationServices;
        return this;
    }

    public String getApplicationProcess() {
        return applicationProcess;
    }

    public Service setApplicationProcess(String applicationProcess) {
        this.applicationProcess = applicationProcess;
        return this;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public Service setFeesDescription(String feesDescription) {
        this.feesDescription = feesDescription;
        return this;
    }

    public String getEligibilityDescription() {
        return eligibilityDescription;
    }

    public Service setEligibilityDescription(String eligibilityDescription) {
        this.eligibilityDescription = eligibilityDescription;
        return this;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public Service setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
        return this;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public Service setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
        return this;
    }

    public LocalDate getAssuredDate() {
        return assuredDate;
    }

    public Service setAssuredDate(LocalDate assuredDate) {
        this.assuredDate = assuredDate;
        return this;
    }

    public String getAssurerEmail() {
        return assurerEmail;
    }

    public Service setAssurerEmail(String assurerEmail) {
        this.assurerEmail = assurerEmail;
        return this;
    }

    public String getAlert() {
        return alert;
    }

    public Service setAlert(String alert) {
        this.alert = alert;
        return this;
    }
}
