package eu.convivio.platform.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.Validation;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Creating and changing municipalities, regions and their departments. */
@ApplicationScoped
@Transactional
public class TenantAdministration {

    public static final List<String> INTERFACE_LANGUAGES = List.of("en", "el", "bg", "sk");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Validation validation;

    /** What a municipality is made of, as an administrator enters it. */
    public record MunicipalityForm(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{convivio.country}") String country,
            @NotNull MunicipalityKind kind,
            UUID parentId,
            @NotBlank @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "{convivio.language}") String defaultLanguage,
            @NotBlank String timeZone) {
    }

    public List<Municipality> municipalities() {
        return em.createQuery("SELECT m FROM Municipality m ORDER BY m.country, m.name", Municipality.class).getResultList();
    }

    public Municipality municipality(UUID id) {
        Municipality m = id == null ? null : em.find(Municipality.class, id);
        if (m == null) {
            throw new Problem.NotFound("No such municipality.");
        }
        return m;
    }

    public Municipality create(MunicipalityForm form) {
        access.requirePlatformAdmin();
        check(form, null);
        Municipality m = new Municipality(form.name(), form.country(), form.kind(), form.parentId(),
                form.defaultLanguage(), form.timeZone());
        em.persist(m);
        em.flush();
        return m;
    }

    public Municipality update(UUID id, long expectedVersion, MunicipalityForm form) {
        access.requirePlatformAdmin();
        Municipality m = municipality(id);
        Versions.expect(m.getVersion(), expectedVersion, "municipality");
        check(form, id);
        m.update(form.name(), form.country(), form.kind(), form.parentId(), form.defaultLanguage(), form.timeZone());
        em.flush();
        return m;
    }

    private void check(MunicipalityForm form, UUID self) {
        validation.check(form);
        try {
            ZoneId.of(form.timeZone());
        } catch (DateTimeException e) {
            throw new Problem.Invalid("timeZone", "Unknown time zone.");
        }
        if (form.parentId() != null) {
            if (form.parentId().equals(self)) {
                throw new Problem.Invalid("parentId", "A municipality cannot be its own region.");
            }
            Municipality parent = em.find(Municipality.class, form.parentId());
            if (parent == null || parent.getKind() != MunicipalityKind.REGION) {
                throw new Problem.Invalid("parentId", "The parent must be an existing region.");
            }
        }
        boolean clash = em.createQuery("SELECT m FROM Municipality m WHERE m.country = :c AND LOWER(m.name) = :n", Municipality.class)
                .setParameter("c", form.country().toUpperCase(Locale.ROOT))
                .setParameter("n", form.name().strip().toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(m -> !m.getId().equals(self));
        if (clash) {
            throw new Problem.Conflict("A municipality of that name already exists in that country.");
        }
    }

    public List<Department> departments(UUID municipalityId) {
        access.require(municipalityId, Role.MUNICIPAL_ADMIN, Role.OFFICER, Role.TRAINER, Role.COUNCIL, Role.LEARNER);
        return em.createQuery("SELECT d FROM Department d WHERE d.municipalityId = :m ORDER BY d.name", Department.class)
                .setParameter("m", municipalityId).getResultList();
    }

    public Department addDepartment(UUID municipalityId, String name) {
        access.require(municipalityId, Role.MUNICIPAL_ADMIN);
        municipality(municipalityId);
        String clean = requireName(name);
        if (departmentNamed(municipalityId, clean, null)) {
            throw new Problem.Conflict("This municipality already has a department of that name.");
        }
        Department d = new Department(municipalityId, clean);
        em.persist(d);
        em.flush();
        return d;
    }

    public Department renameDepartment(UUID departmentId, long expectedVersion, String name) {
        Department d = department(departmentId);
        access.require(d.getMunicipalityId(), Role.MUNICIPAL_ADMIN);
        Versions.expect(d.getVersion(), expectedVersion, "department");
        String clean = requireName(name);
        if (departmentNamed(d.getMunicipalityId(), clean, departmentId)) {
            throw new Problem.Conflict("This municipality already has a department of that name.");
        }
        d.rename(clean);
        em.flush();
        return d;
    }

    public void removeDepartment(UUID departmentId) {
        Department d = department(departmentId);
        access.require(d.getMunicipalityId(), Role.MUNICIPAL_ADMIN);
        long members = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.departmentId = :d", Long.class)
                .setParameter("d", departmentId).getSingleResult();
        if (members > 0) {
            throw new Problem.Conflict("Staff still belong to this department; move them first.");
        }
        em.remove(d);
        em.flush();
    }

    private Department department(UUID id) {
        Department d = id == null ? null : em.find(Department.class, id);
        if (d == null) {
            throw new Problem.NotFound("No such department.");
        }
        access.require(d.getMunicipalityId());
        return d;
    }

    private boolean departmentNamed(UUID municipalityId, String name, UUID except) {
        return em.createQuery("SELECT d FROM Department d WHERE d.municipalityId = :m AND LOWER(d.name) = :n", Department.class)
                .setParameter("m", municipalityId).setParameter("n", name.toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(d -> !d.getId().equals(except));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new Problem.Invalid("name", "Enter a name.");
        }
        if (name.strip().length() > 200) {
            throw new Problem.Invalid("name", "At most 200 characters.");
        }
        return name.strip();
    }
}
