package eu.convivio.platform.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator may offer when giving someone a role: platform administrators any
 * municipality, municipal administrators their own. Provider editors belong to an organisation,
 * which the catalogue module manages, so that role is not offered here.
 */
@Named
@RequestScoped
public class MembershipChoices {

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    private List<MunicipalitySummary> municipalities;

    public List<MunicipalitySummary> getMunicipalities() {
        if (municipalities == null) {
            if (user.isPlatformAdmin()) {
                municipalities = directory.municipalities();
            } else {
                Set<UUID> mine = user.municipalities(Role.MUNICIPAL_ADMIN);
                municipalities = mine.stream().map(directory::municipality).flatMap(Optional::stream)
                        .sorted(Comparator.comparing(MunicipalitySummary::name)).toList();
            }
        }
        return municipalities;
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.PROVIDER_EDITOR).toList();
    }

    /** Departments grouped by municipality, so that one list serves whichever municipality is chosen. */
    public List<SelectItem> getDepartments() {
        return getMunicipalities().stream().map(m -> {
            SelectItem[] items = directory.departments(m.id()).stream()
                    .map(d -> new SelectItem(d.id().toString(), d.name())).toArray(SelectItem[]::new);
            return (SelectItem) new SelectItemGroup(m.name(), null, false, items);
        }).filter(g -> ((SelectItemGroup) g).getSelectItems().length > 0).toList();
    }

    /** The one municipality to preselect when there is no choice to make. */
    public String getOnlyMunicipality() {
        return !user.isPlatformAdmin() && getMunicipalities().size() == 1 ? getMunicipalities().get(0).id().toString() : null;
    }
}
