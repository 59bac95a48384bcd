package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.EditRule;
import eu.convivio.catalogue.application.OrganizationRecord;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The organisation form, with its translations (each with its reviewed flag) and phones; a stale
 * save is refused with what changed and the input kept.
 */
@Named
@ViewScoped
public class OrganizationEditor extends RecordEditor<OrganizationRecord> {

    private static final long serialVersionUID = 1L;

    private static final Kind<OrganizationRecord> ORGANIZATION = new Kind<>("organization",
            CatalogueEditing::decisionForOrganization, CatalogueEditing::organization,
            CatalogueEditing::createOrganization, CatalogueEditing::updateOrganization,
            OrganizationRecord::id, OrganizationRecord::version, OrganizationRecord::name);

    public OrganizationEditor() {
        super(List.of("name", "alternate_name", "description"));
    }

    @Override
    protected Kind<OrganizationRecord> kind() {
        return ORGANIZATION;
    }

    @Inject
    private Directory directory;

    private String name;
    private String alternateName;
    private String description;
    private String email;
    private String website;
    private String taxId;
    private Integer yearIncorporated;
    private String legalStatus;
    private String municipalityId;

    /** Officers register organisations (platform admins too). */
    @Override
    protected EditRule.Decision decisionToCreate() {
        var editor = editing().editor();
        return !editor.signedIn() ? EditRule.Decision.UNAUTHORIZED
                : editor.platformAdmin() || !editor.officerOf().isEmpty() ? EditRule.Decision.ALLOWED : EditRule.Decision.FORBIDDEN;
    }

    /** An officer of a single municipality registers the organisation there. */
    @Override
    protected void prepareNew() {
        var editor = editing().editor();
        if (editor.officerOf().size() == 1) {
            municipalityId = editor.officerOf().iterator().next().toString();
        }
    }

    @Override
    protected void fill(OrganizationRecord r) {
        name = r.name();
        alternateName = r.alternateName();
        description = r.description();
        email = r.email();
        website = r.website();
        taxId = r.taxId();
        yearIncorporated = r.yearIncorporated();
        legalStatus = r.legalStatus();
        municipalityId = r.municipalityId() == null ? null : r.municipalityId().toString();
        fillTextsAndPhones(r.translations(), r.phones());
    }

    @Override
    protected OrganizationRecord record() {
        return new OrganizationRecord(null, getVersion(), null, name, alternateName, description, email, website,
                taxId, yearIncorporated, legalStatus, ServiceEditor.parse(municipalityId), phoneRecords(), translationRecords());
    }

    public List<MunicipalitySummary> getMunicipalityChoices() {
        return directory.municipalities();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAlternateName() {
        return alternateName;
    }

    public void setAlternateName(String alternateName) {
        this.alternateName = alternateName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public Integer getYearIncorporated() {
        return yearIncorporated;
    }

    public void setYearIncorporated(Integer yearIncorporated) {
        this.yearIncorporated = yearIncorporated;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(String municipalityId) {
        this.municipalityId = municipalityId;
    }
}
