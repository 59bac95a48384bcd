package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CityTaxonomies;
import eu.convivio.catalogue.domain.CityTaxonomy;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The cities' own taxonomies, the ones the user keeps first. */
@Named
@RequestScoped
public class TaxonomyShelf {

    @Inject
    private CityTaxonomies taxonomies;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    public void load() {
        if (!user.isAuthenticated()) {
            LibraryFeedback.redirect("/login.xhtml?next=/catalogue/edit/taxonomies.xhtml");
        }
    }

    public List<CityTaxonomy> getKept() {
        return taxonomies.all().stream().filter(taxonomies::editable).toList();
    }

    public List<CityTaxonomy> getOthers() {
        return taxonomies.all().stream().filter(t -> !taxonomies.editable(t)).toList();
    }

    public boolean isMayAdd() {
        return user.isPlatformAdmin() || !taxonomies.writableMunicipalities().isEmpty();
    }

    public String keeper(CityTaxonomy t) {
        return directory.municipality(t.municipalityId()).map(MunicipalitySummary::name).orElse("");
    }
}
