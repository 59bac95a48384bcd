package eu.convivio.platform.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.TenantAdministration;
import eu.convivio.platform.domain.Municipality;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** Editing one municipality; the version it was opened at guards against overwriting another edit. */
@Named
@RequestScoped
public class MunicipalityPage {

    @Inject
    private TenantAdministration tenants;

    @Inject
    private CurrentUser user;

    private UUID id;
    private long version;
    private String title;
    private final MunicipalityFields form = new MunicipalityFields();

    @PostConstruct
    void readId() {
        id = RecordId.parameter("id");
    }

    /** Fills the form on the first visit; an unknown id answers 404. Only platform administrators edit tenants. */
    public void load() {
        if (!user.isPlatformAdmin()) {
            Feedback.sendError(403);
            return;
        }
        Municipality m;
        try {
            m = tenants.municipality(id);
        } catch (Problem.NotFound e) {
            Feedback.sendError(404);
            return;
        }
        form.fill(m);
        version = m.getVersion();
    }

    public String save() {
        Municipality saved;
        try {
            saved = tenants.update(id, version, form.form());
        } catch (Problem p) {
            Feedback.problem(p, MunicipalityFields.inputs("municipality:"));
            return null;
        }
        Feedback.success("municipality.saved", saved.getName());
        return "/admin/municipality.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public List<Municipality> getRegions() {
        return tenants.municipalities().stream()
                .filter(m -> m.getKind() == MunicipalityKind.REGION && !m.getId().equals(id)).toList();
    }

    public MunicipalityKind[] getKinds() {
        return MunicipalityKind.values();
    }

    public List<String> getTimeZones() {
        return TimeZones.ALL;
    }

    public String getTitle() {
        if (title == null) {
            title = tenants.municipality(id).getName();
        }
        return title;
    }

    public UUID getId() {
        return id;
    }


    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public MunicipalityFields getForm() {
        return form;
    }
}
