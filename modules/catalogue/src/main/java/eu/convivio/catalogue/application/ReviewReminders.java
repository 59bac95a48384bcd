package eu.convivio.catalogue.application;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Startup;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The daily freshness job: lists, per organisation, the services nobody has assured for 180 days
 * (or ever) and keeps the list for the organisation's editors (editor page and
 * {@code GET /api/catalogue/review-reminders}).
 * <p>
 * The timer fires every hour so that a day missed while the application was down is made up as
 * soon as it is back; the day's row in {@code catalogue.review_run} (primary key: the date) lets
 * exactly one run per day happen, however many instances share the database: the instance whose
 * insert succeeds does the run, in the same transaction, and the others find the row and stop.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@Lock(LockType.READ) // the database decides who runs a day; readers need not queue behind each other
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogueEditing editing;

    private Clock clock = Clock.systemDefaultZone();

    /** One organisation's services that need review, as of the run date. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Reminder(UUID organizationId, String organizationName, LocalDate runDate, List<Due> services) {
    }

    /** A service that needs review; {@code assuredDate} is null when it was never assured. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Due(UUID id, String name, LocalDate assuredDate) {
    }

    /** For the EJB container. */
    public ReviewReminders() {
    }

    /** For persistence tests: no container, a clock of the test's choosing. */
    ReviewReminders(EntityManager em, CatalogueEditing editing, Clock clock) {
        this.em = em;
        this.editing = editing;
        this.clock = clock;
    }

    /** Today's run at start, after the demo data (if any) is in: the first start of the day need not wait for the timer. */
    @PostConstruct
    void atStart() {
        try {
            run(LocalDate.now(clock));
        } catch (RuntimeException e) {
            // the hourly timer tries again; a failed reminder list must not stop the application
            LOG.log(java.util.logging.Level.WARNING, "Catalogue review reminders could not run at start", e);
        }
    }

    @Schedule(hour = "*", minute = "7", persistent = false, info = "catalogue review reminders")
    void hourly() {
        run(LocalDate.now(clock));
    }

    /**
     * Does the day's run unless one already happened for that date.
     *
     * @return the number of services listed, or -1 when the day had already been done
     */
    public int run(LocalDate today) {
        int claimed = em.createNativeQuery("""
                INSERT INTO catalogue.review_run (run_date, instance) VALUES (?1, ?2)
                ON CONFLICT (run_date) DO NOTHING""")
                .setParameter(1, java.sql.Date.valueOf(today)).setParameter(2, instance()).executeUpdate();
        if (claimed == 0) {
            return -1;
        }
        int services = em.createNativeQuery("""
                INSERT INTO catalogue.review_reminder (run_date, organization_id, service_id, service_name, assured_date)
                SELECT ?1, s.organization_id, s.id, s.name, s.assured_date FROM catalogue.service s
                WHERE s.status <> 'defunct' AND (s.assured_date IS NULL OR s.assured_date < ?2)""")
                .setParameter(1, java.sql.Date.valueOf(today))
                .setParameter(2, java.sql.Date.valueOf(Freshness.oldestFresh(today))).executeUpdate();
        Number organizations = (Number) em.createNativeQuery(
                        "SELECT count(DISTINCT organization_id) FROM catalogue.review_reminder WHERE run_date = ?1")
                .setParameter(1, java.sql.Date.valueOf(today)).getSingleResult();
        em.createNativeQuery("UPDATE catalogue.review_run SET services = ?2, organizations = ?3 WHERE run_date = ?1")
                .setParameter(1, java.sql.Date.valueOf(today)).setParameter(2, services)
                .setParameter(3, organizations.intValue()).executeUpdate();
        LOG.info("Catalogue review reminders for " + today + ": " + services + " services in " + organizations
                + " organisations not assured since " + Freshness.oldestFresh(today) + " or never");
        return services;
    }

    /** The latest run's reminders for the organisations the person may edit (all of them for platform administrators). */
    public List<Reminder> forEditor() {
        Editor e = editing.editor();
        if (!e.editsAnything()) {
            return List.of();
        }
        List<UUID> organizations = editing.editableOrganizations().stream().map(CatalogueEditing.Row::id).toList();
        return latest(organizations);
    }

    List<Reminder> latest(List<UUID> organizations) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.organization_id::text, o.name, r.run_date, r.service_id::text, r.service_name, r.assured_date
                FROM catalogue.review_reminder r JOIN catalogue.organization o ON o.id = r.organization_id
                WHERE r.run_date = (SELECT max(run_date) FROM catalogue.review_run)
                  AND r.organization_id = ANY (CAST(?1 AS uuid[]))
                ORDER BY o.name, r.assured_date NULLS FIRST, r.service_name""")
                .setParameter(1, CatalogueEditing.array(organizations)).getResultList();
        Map<UUID, Reminder> byOrganization = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID org = UUID.fromString((String) row[0]);
            Reminder reminder = byOrganization.computeIfAbsent(org, k -> new Reminder(k, (String) row[1],
                    ((java.sql.Date) row[2]).toLocalDate(), new ArrayList<>()));
            reminder.services().add(new Due(UUID.fromString((String) row[3]), (String) row[4],
                    row[5] == null ? null : ((java.sql.Date) row[5]).toLocalDate()));
        }
        return List.copyOf(byOrganization.values());
    }

    private static String instance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
