package eu.convivio.platform.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.TenantAdministration;
import eu.convivio.platform.domain.Municipality;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The municipalities and regions. Platform administrators see and create all of them;
 * municipal administrators see their own, to reach their departments.
 */
@Named
@RequestScoped
public class MunicipalitiesPage {

    @Inject
    private TenantAdministration tenants;

    @Inject
    private CurrentUser user;

    private final MunicipalityFields form = new MunicipalityFields();
    private List<Municipality> municipalities;

    public List<Municipality> getMunicipalities() {
        if (municipalities == null) {
            Set<UUID> mine = user.municipalities(Role.MUNICIPAL_ADMIN);
            municipalities = tenants.municipalities().stream()
                    .filter(m -> user.isPlatformAdmin() || mine.contains(m.getId())).toList();
        }
        return municipalities;
    }

    public List<Municipality> getRegions() {
        return tenants.municipalities().stream().filter(m -> m.getKind() == MunicipalityKind.REGION).toList();
    }

    public MunicipalityKind[] getKinds() {
        return MunicipalityKind.values();
    }

    public List<String> getTimeZones() {
        return TimeZones.ALL;
    }

    public String create() {
        Municipality created;
        try {
            created = tenants.create(form.form());
        } catch (Problem p) {
            Feedback.problem(p, MunicipalityFields.inputs(""));
            return null;
        }
        Feedback.success("municipality.created", created.getName());
        return "/admin/municipalities.xhtml?faces-redirect=true";
    }

    public MunicipalityFields getForm() {
        return form;
    }
}
