package eu.convivio.needs.ui;

import eu.convivio.needs.application.Districts;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.District;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The districts of the municipality the user works in, and the form that adds one or (with
 * {@code ?id=}) changes one. Editors keep them; the register's other readers see the list.
 */
@Named
@RequestScoped
public class DistrictsPage {

    private static final Map<String, String> INPUTS = Map.of("name", "district:name", "code", "district:code",
            "boundary", "district:boundary");

    @Inject
    private Districts districts;

    @Inject
    private RegisterAccess access;

    @Inject
    private CurrentUser user;

    private UUID municipality;
    private UUID id;
    private long version;
    private String name;
    private String code;
    private String boundary;
    private Problem refused;

    @PostConstruct
    void init() {
        try {
            id = RegisterPages.id(RegisterPages.parameter("id"));
            if (id != null) {
                District d = districts.district(id);
                municipality = d.getMunicipalityId();
                if (!RegisterPages.isPostback()) {
                    version = d.getVersion();
                    name = d.getName();
                    code = d.getCode();
                    boundary = d.getBoundary();
                }
            } else {
                municipality = access.defaultMunicipality(false);
                access.requireReader(municipality);
            }
        } catch (Problem p) {
            refused = p;
        }
    }

    public void load() {
        if (refused != null) {
            RegisterPages.refuse(refused);
        }
    }

    public String save() {
        if (refused != null) {
            RegisterPages.problem(refused, INPUTS);
            return null;
        }
        District saved;
        try {
            var content = new Districts.DistrictContent(name, code, boundary);
            saved = id == null ? districts.create(municipality, content) : districts.update(id, version, content);
        } catch (Problem p) {
            RegisterPages.problem(p, INPUTS);
            return null;
        }
        RegisterPages.success("district.saved", saved.getName());
        return "/needs/districts.xhtml?faces-redirect=true";
    }

    public List<District> getDistricts() {
        return municipality == null || refused != null ? List.of() : districts.of(municipality);
    }

    public UUID getMunicipality() {
        return municipality;
    }

    public boolean isEditable() {
        return municipality != null && refused == null && access.mayEdit(municipality);
    }

    public boolean isEditing() {
        return id != null;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getBoundary() {
        return boundary;
    }

    public void setBoundary(String boundary) {
        this.boundary = boundary;
    }
}
