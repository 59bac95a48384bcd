package eu.convivio.platform.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.TenantAdministration;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.event.ActionEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The departments of one municipality. Each row is its own form, so renaming one department
 * submits that department's name and version only.
 */
@Named
@RequestScoped
public class DepartmentsPage {

    @Inject
    private TenantAdministration tenants;

    private UUID municipality;
    private String municipalityName;
    private List<Department> departments;
    private final Map<UUID, String> names = new HashMap<>();
    private final Map<UUID, String> versions = new HashMap<>();
    private String newName;

    @PostConstruct
    void readId() {
        municipality = RecordId.parameter("municipality");
    }

    /** An id the administrator may not see answers 404, exactly like one that does not exist. */
    public void load() {
        try {
            getDepartments();
        } catch (Problem.NotFound | Problem.Forbidden e) {
            Feedback.sendError(404);
        }
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = tenants.departments(municipality);
            for (Department d : departments) {
                names.putIfAbsent(d.getId(), d.getName());
                versions.putIfAbsent(d.getId(), Long.toString(d.getVersion()));
            }
        }
        return departments;
    }

    public String getMunicipalityName() {
        if (municipalityName == null) {
            Municipality m = tenants.municipality(municipality);
            municipalityName = m.getName();
        }
        return municipalityName;
    }

    public String add() {
        try {
            Department added = tenants.addDepartment(municipality, newName);
            Feedback.success("department.added", added.getName());
        } catch (Problem p) {
            Feedback.problem(p, Map.of("name", "add:newName"));
            return null;
        }
        return address() + "&faces-redirect=true";
    }

    public void rename(ActionEvent event) {
        UIComponent button = event.getComponent();
        UUID id = (UUID) button.getAttributes().get("department");
        String row = button.getNamingContainer().getClientId();
        try {
            long version = Long.parseLong(versions.getOrDefault(id, "-1"));
            Department renamed = tenants.renameDepartment(id, version, names.get(id));
            Feedback.success("department.renamed", renamed.getName());
        } catch (Problem p) {
            Feedback.problem(p, Map.of("name", row + ":name"));
            return;
        } catch (NumberFormatException e) {
            Feedback.error(null, "problem.reload");
            return;
        }
        Feedback.redirect(address());
    }

    public void remove(ActionEvent event) {
        UUID id = (UUID) event.getComponent().getAttributes().get("department");
        try {
            tenants.removeDepartment(id);
            Feedback.success("department.removed");
        } catch (Problem p) {
            Feedback.problem(p, Map.of());
            return;
        }
        Feedback.redirect(address());
    }

    private String address() {
        return "/admin/departments.xhtml?municipality=" + municipality;
    }

    public UUID getMunicipality() {
        return municipality;
    }


    public Map<UUID, String> getNames() {
        return names;
    }

    public Map<UUID, String> getVersions() {
        return versions;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
