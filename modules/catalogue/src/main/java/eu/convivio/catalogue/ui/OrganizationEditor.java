package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.EditRule;
import eu.convivio.catalogue.application.OrganizationRecord;
import eu.convivio.catalogue.application.ServiceRecord;
import eu.convivio.catalogue.application.StaleRecord;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organisation form, with its translations (each with its reviewed flag) and phones; a stale
 * save is refused with what changed and the input kept.
 */
@Named
@ViewScoped
public class OrganizationEditor extends TextsAndPhonesForm {

    private static final long serialVersionUID = 1L;

    public OrganizationEditor() {
        super(List.of("name", "alternate_name", "description"));
    }

    @Inject
    private CatalogueEditing editing;

    @Inject
    private Directory directory;

    private String id;
    private boolean loaded;
    private EditRule.Decision decision;
    private Long version;
    private List<EditorMessages.ChangedField> conflict = List.of();
    private Long conflictVersion;

    private String name;
    private String alternateName;
    private String description;
    private String email;
    private String website;
    private String taxId;
    private Integer yearIncorporated;
    private String legalStatus;
    private String municipalityId;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (isNew()) {
                var editor = editing.editor();
                decision = !editor.signedIn() ? EditRule.Decision.UNAUTHORIZED
                        : editor.platformAdmin() || !editor.officerOf().isEmpty() ? EditRule.Decision.ALLOWED : EditRule.Decision.FORBIDDEN;
                if (editor.officerOf().size() == 1) {
                    municipalityId = editor.officerOf().iterator().next().toString();
                }
                return;
            }
            UUID orgId = UUID.fromString(id);
            decision = editing.decisionForOrganization(orgId);
            if (decision == EditRule.Decision.ALLOWED) {
                fill(editing.organization(orgId));
            }
        } catch (IllegalArgumentException | Problem e) {
            decision = EditRule.Decision.NOT_FOUND;
        }
    }

    private void fill(OrganizationRecord r) {
        version = r.version();
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

    public String save() {
        conflict = List.of();
        OrganizationRecord record = new OrganizationRecord(null, version, null, name, alternateName, description, email, website,
                taxId, yearIncorporated, legalStatus, ServiceEditor.parse(municipalityId), phoneRecords(), translationRecords());
        OrganizationRecord saved;
        try {
            saved = isNew() ? editing.createOrganization(record) : editing.updateOrganization(UUID.fromString(id), version, record);
        } catch (StaleRecord stale) {
            conflict = EditorMessages.changes(stale);
            conflictVersion = stale.currentVersion();
            EditorMessages.error("conflict.summary");
            return null;
        } catch (Problem p) {
            EditorMessages.problem(p, "organization", ServiceEditor.ROW_KEYS);
            return null;
        }
        EditorMessages.info("saved.organization", saved.name());
        return "/catalogue/edit/organization.xhtml?faces-redirect=true&id=" + saved.id();
    }

    public String saveOverCurrent() {
        if (conflictVersion != null) {
            version = conflictVersion;
        }
        return save();
    }

    public List<MunicipalitySummary> getMunicipalityChoices() {
        return directory.municipalities();
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
