package eu.convivio.training.ui;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.application.DepartmentTraining;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training-needs view for municipal administrators: per department, the themes its staff
 * have completed courses in, the themes nobody has, and hours per person; with a CSV download.
 */
@Named
@RequestScoped
public class TrainingNeedsPage {

    @Inject
    private CurrentUser user;

    @Inject
    private Access access;

    @Inject
    private Directory directory;

    @Inject
    private DepartmentTraining training;

    private String municipality;
    private DepartmentTraining.View view;
    private Map<String, Theme> themes;

    @PostConstruct
    void readId() {
        municipality = RecordsFeedback.parameter("municipality");
    }

    public void load() {
        if (RecordsFeedback.signInFirst(user.isAuthenticated())) {
            return;
        }
        UUID chosen = RecordsFeedback.parse(municipality);
        if (chosen == null) {
            chosen = user.selectedMunicipality().filter(m -> access.has(m, Role.MUNICIPAL_ADMIN))
                    .or(() -> access.municipalities(Role.MUNICIPAL_ADMIN).stream().findFirst()).orElse(null);
        }
        if (chosen == null) {
            RecordsFeedback.sendError(403);
            return;
        }
        try {
            view = training.view(chosen);
            municipality = chosen.toString();
        } catch (Problem.NotFound e) {
            RecordsFeedback.sendError(404);
        } catch (Problem.Forbidden e) {
            RecordsFeedback.sendError(403);
        }
    }

    /** Whether the user administers any municipality (for showing a link to this page). */
    public boolean isAdministrator() {
        return access.isPlatformAdmin() || !access.municipalities(Role.MUNICIPAL_ADMIN).isEmpty();
    }

    public DepartmentTraining.View getView() {
        return view;
    }

    public String getMunicipality() {
        return municipality;
    }

    /** The municipalities the user administers, for switching between them. */
    public List<MunicipalitySummary> getChoices() {
        Set<UUID> mine = access.isPlatformAdmin() ? directory.municipalities().stream().map(MunicipalitySummary::id)
                .collect(Collectors.toSet()) : access.municipalities(Role.MUNICIPAL_ADMIN);
        return directory.municipalities().stream().filter(m -> mine.contains(m.id())).toList();
    }

    public String theme(String code) {
        if (themes == null) {
            themes = view.themes().stream().collect(Collectors.toMap(Theme::code, Function.identity()));
        }
        Theme t = themes.get(code);
        return t == null ? code : t.name(RecordsFeedback.language());
    }

    public String themes(java.util.Collection<String> codes) {
        return codes.stream().map(this::theme).collect(Collectors.joining(", "));
    }

    public String departmentName(DepartmentTraining.Department d) {
        return d.name() == null ? RecordsFeedback.text("departments.none") : d.name();
    }
}
