package eu.convivio.needs.ui;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/**
 * The module's landing page: the assessments of the municipality the user works in (for the
 * register's readers) and the published assessments of the other municipalities.
 */
@Named
@RequestScoped
public class NeedsHome {

    @Inject
    private Assessments assessments;

    @Inject
    private RegisterAccess access;

    @Inject
    private CurrentUser user;

    private UUID municipality;
    private List<NeedsAssessment> own = List.of();
    private List<NeedsAssessment> others = List.of();

    @PostConstruct
    void load() {
        municipality = user.selectedMunicipality().filter(access::mayRead)
                .or(() -> user.municipalities(RegisterAccess.READERS).stream().sorted().findFirst()).orElse(null);
        if (municipality != null) {
            own = assessments.of(municipality);
        }
        UUID mine = municipality;
        others = assessments.published().stream().filter(a -> !a.getMunicipalityId().equals(mine)).toList();
    }

    public UUID getMunicipality() {
        return municipality;
    }

    public boolean isReader() {
        return municipality != null;
    }

    public boolean isEditor() {
        return municipality != null && access.mayEdit(municipality);
    }

    public List<NeedsAssessment> getOwn() {
        return own;
    }

    public List<NeedsAssessment> getOthers() {
        return others;
    }
}
