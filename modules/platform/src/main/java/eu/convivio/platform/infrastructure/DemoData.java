package eu.convivio.platform.infrastructure;

import eu.convivio.platform.api.DemoDataLoading;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.domain.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * On a first start with an empty database, loads the demo cities of DESIGN.md with one account
 * per role each, then lets the modules add theirs ({@link DemoDataLoading}). All in one
 * transaction: a failed load leaves the database empty and is tried again at the next start.
 * Switched off with {@code convivio.demo=false} (the launcher's {@code --no-demo}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Every demo account signs in with this password (documented in the README). */
    public static final String PASSWORD = "convivio-demo-2026";
    /**
     * PBKDF2-HMAC-SHA256 (600,000 iterations) of {@link #PASSWORD}, computed once in advance so
     * that loading fifty accounts does not spend half a minute hashing the same public password.
     */
    static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:600000:cgbUZ2rxki955O9iyOFRSIWou36QiAEC2mvfIhhytpM=:p/KS1UfxKXWraX4K2WGchspcjmlBWopv00WznMS1uYY=";

    private static final List<String> DEPARTMENTS = List.of("Citizen services and front office", "Social services",
            "Education", "Housing", "Employment and economy", "Health and social care");

    /** The demo cities: slug, name, country, kind, language, time zone. */
    record City(String slug, String name, String country, MunicipalityKind kind, String language, String zone) {
    }

    static final List<City> CITIES = List.of(
            new City("bratislava", "Bratislava", "SK", MunicipalityKind.MUNICIPALITY, "sk", "Europe/Bratislava"),
            new City("trnava", "Trnava", "SK", MunicipalityKind.MUNICIPALITY, "sk", "Europe/Bratislava"),
            new City("bbystrica", "Banská Bystrica", "SK", MunicipalityKind.MUNICIPALITY, "sk", "Europe/Bratislava"),
            new City("kosice", "Košice Self-Governing Region", "SK", MunicipalityKind.REGION, "sk", "Europe/Bratislava"),
            new City("thessaloniki", "Thessaloniki", "GR", MunicipalityKind.MUNICIPALITY, "el", "Europe/Athens"),
            new City("athens", "Athens", "GR", MunicipalityKind.MUNICIPALITY, "el", "Europe/Athens"),
            new City("sofia", "Sofia", "BG", MunicipalityKind.MUNICIPALITY, "bg", "Europe/Sofia"),
            new City("harmanli", "Harmanli", "BG", MunicipalityKind.MUNICIPALITY, "bg", "Europe/Sofia"),
            new City("plymouth", "Plymouth", "GB", MunicipalityKind.MUNICIPALITY, "en", "Europe/London"),
            new City("canakkale", "Çanakkale", "TR", MunicipalityKind.MUNICIPALITY, "tr", "Europe/Istanbul"));

    /** One account per municipal role: user-name suffix, role, display-name prefix. */
    private static final List<Object[]> ROLES = List.of(
            new Object[]{"admin", Role.MUNICIPAL_ADMIN, "Administrator"},
            new Object[]{"officer", Role.OFFICER, "Integration officer"},
            new Object[]{"trainer", Role.TRAINER, "Trainer"},
            new Object[]{"council", Role.COUNCIL, "Council member"},
            new Object[]{"staff", Role.LEARNER, "Front-desk staff"});

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private Directory directory;

    @Inject
    private Event<DemoDataLoading> loading;

    @Inject
    @ConfigProperty(name = "convivio.demo", defaultValue = "true")
    private boolean enabled;

    private final List<String> loadedAccounts = new ArrayList<>();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled || !migrator.succeeded()) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(m) FROM Municipality m", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        LOG.info("Empty database: loading the demo data");
        Account admin = account("admin", "Platform administrator", "en");
        admin.setPlatformAdmin(true);
        for (City city : CITIES) {
            Municipality m = new Municipality(city.name(), city.country(), city.kind(), null, city.language(), city.zone());
            em.persist(m);
            List<Department> departments = DEPARTMENTS.stream().map(d -> new Department(m.getId(), d)).toList();
            departments.forEach(em::persist);
            for (Object[] role : ROLES) {
                String language = List.of("en", "el", "bg", "sk").contains(city.language()) ? city.language() : "en";
                Account a = account(city.slug() + "." + role[0], role[2] + ", " + city.name(), language);
                UUID department = role[1] == Role.LEARNER ? departments.get(0).getId() : null;
                a.grant(m.getId(), null, department, (Role) role[1]);
            }
        }
        // a trainer who works for two tenants, to show the municipality switcher
        Account regional = account("kosice.trainer2", "Regional trainer, Bratislava and Košice", "sk");
        em.createQuery("SELECT m FROM Municipality m WHERE m.name IN ('Bratislava', 'Košice Self-Governing Region')", Municipality.class)
                .getResultList().forEach(m -> regional.grant(m.getId(), null, null, Role.TRAINER));
        Organisation ngo = new Organisation(UUID.fromString("5b0c1f3e-6d0a-4c59-9a8e-2f1d7c3b9a01"), "Legal Aid for Refugees Sofia");
        em.persist(ngo);
        account("ngo.editor", "Provider editor, Legal Aid for Refugees Sofia", "bg").grant(null, ngo.getId(), null, Role.PROVIDER_EDITOR);
        em.flush();
        loading.fire(new DemoDataLoading(directory));
        LOG.info(() -> "Demo data loaded: " + loadedAccounts.size() + " accounts, password " + PASSWORD);
    }

    private Account account(String username, String displayName, String language) {
        Account a = new Account(username, displayName, username + "@demo.convivio.eu", language);
        a.setPasswordHash(PASSWORD_HASH);
        em.persist(a);
        loadedAccounts.add(username);
        return a;
    }

    /** The user names created by the last load (empty when nothing was loaded). */
    public List<String> loadedAccounts() {
        return List.copyOf(loadedAccounts);
    }
}
