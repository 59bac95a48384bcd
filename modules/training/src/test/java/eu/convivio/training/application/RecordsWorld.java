package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.Accounts;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.platform.testing.TestPersistence;
import eu.convivio.training.infrastructure.SessionFactsQueries;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rows for the records tests, written with SQL (municipality, accounts, a course with objectives
 * and topics, a two-day session, enrolments), and the platform services the records side asks,
 * answered from the same database. Every test makes its own world; nothing is shared.
 */
final class RecordsWorld {

    final UUID municipality = UUID.randomUUID();
    final String municipalityName = TestDatabase.unique("Trnava");
    final UUID department = UUID.randomUUID();
    final UUID trainer;
    final UUID course = UUID.randomUUID();
    final UUID session = UUID.randomUUID();
    final List<UUID> objectives = List.of(UUID.randomUUID(), UUID.randomUUID());
    final LocalDate firstDay = LocalDate.of(2026, 7, 14);

    RecordsWorld(String format) {
        sql("INSERT INTO platform.municipality (id, name, country, kind, default_language, time_zone) VALUES (?, ?, 'SK', 'MUNICIPALITY', 'sk', 'Europe/Bratislava')",
                municipality, municipalityName);
        sql("INSERT INTO platform.department (id, municipality_id, name) VALUES (?, ?, 'Social affairs')", department, municipality);
        trainer = account("Tereza Trénerová", "sk", null);
        sql("""
                INSERT INTO training.course (id, municipality_id, status, title, description, language, format, hours,
                  min_attendance_share, approval) VALUES (?, ?, 'PUBLISHED', 'Working with interpreters', 'Briefing, seating, ethics.', 'en', ?, 12.0, 0.75, 'AUTOMATIC')""",
                course, municipality, format);
        sql("INSERT INTO training.course_topic (course_id, topic) VALUES (?, 'interpretation')", course);
        for (int i = 0; i < objectives.size(); i++) {
            sql("INSERT INTO training.learning_objective (id, course_id, position, text) VALUES (?, ?, ?, ?)",
                    objectives.get(i), course, i, "Objective " + (i + 1));
        }
        sql("""
                INSERT INTO training.course_session (id, course_id, municipality_id, status, venue, capacity, enrolment_opens,
                  enrolment_closes, cancellation_deadline, approval) VALUES (?, ?, ?, 'OPEN', 'City hall, room 2', 20,
                  now() - interval '10 days', now() + interval '10 days', now() + interval '5 days', 'AUTOMATIC')""",
                session, course, municipality);
        sql("INSERT INTO training.session_day (id, session_id, day, starts_at, ends_at) VALUES (?, ?, ?, '09:00', '16:00')",
                UUID.randomUUID(), session, firstDay);
        sql("INSERT INTO training.session_day (id, session_id, day, starts_at, ends_at) VALUES (?, ?, ?, '09:00', '13:30')",
                UUID.randomUUID(), session, firstDay.plusDays(1));
        sql("INSERT INTO training.session_trainer (session_id, account_id) VALUES (?, ?)", session, trainer);
    }

    /** An account with a learner membership in the world's municipality (and department, unless null). */
    UUID account(String name, String language, UUID departmentId) {
        UUID id = UUID.randomUUID();
        String username = TestDatabase.unique("u").toLowerCase();
        sql("INSERT INTO platform.account (id, username, display_name, email, preferred_language) VALUES (?, ?, ?, ?, ?)",
                id, username, name, username + "@example.org", language);
        sql("INSERT INTO platform.membership (id, account_id, municipality_id, department_id, role) VALUES (?, ?, ?, ?, 'LEARNER')",
                UUID.randomUUID(), id, municipality, departmentId);
        return id;
    }

    /** An enrolment of the learner in the world's session, completed or only confirmed. */
    UUID enrol(UUID learner, boolean completed) {
        UUID id = UUID.randomUUID();
        sql("""
                INSERT INTO training.enrolment (id, session_id, account_id, learner_municipality_id, department_id, status,
                  requested_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, now(), ?)""",
                id, session, learner, municipality, department, completed ? "COMPLETED" : "CONFIRMED",
                completed ? java.sql.Timestamp.from(java.time.Instant.now()) : null);
        return id;
    }

    static <T> T tx(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-training-test"), work);
    }

    static void sql(String sql, Object... parameters) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static List<Object[]> query(String sql, Object... parameters) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[r.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    SessionFacts facts(EntityManager em) {
        return new SessionFactsQueries(em, directory());
    }

    /** The platform's directory, read from its tables. */
    static Directory directory() {
        return new Directory() {
            @Override
            public Optional<MunicipalitySummary> municipality(UUID id) {
                return query("SELECT name, country, default_language, time_zone FROM platform.municipality WHERE id = ?", id)
                        .stream().findFirst().map(r -> new MunicipalitySummary(id, (String) r[0], (String) r[1],
                                MunicipalityKind.MUNICIPALITY, null, (String) r[2], (String) r[3]));
            }

            @Override
            public List<MunicipalitySummary> municipalities() {
                return query("SELECT id FROM platform.municipality ORDER BY name").stream()
                        .map(r -> municipality((UUID) r[0]).orElseThrow()).toList();
            }

            @Override
            public List<DepartmentSummary> departments(UUID municipalityId) {
                return query("SELECT id, name FROM platform.department WHERE municipality_id = ? ORDER BY name", municipalityId)
                        .stream().map(r -> new DepartmentSummary((UUID) r[0], municipalityId, (String) r[1])).toList();
            }
        };
    }

    /** People with their memberships, read from the platform's tables. */
    static StaffDirectory staffDirectory() {
        return new StaffDirectory() {
            @Override
            public Optional<eu.convivio.platform.api.StaffMember> member(UUID accountId) {
                List<MembershipView> memberships = query(
                        "SELECT municipality_id, department_id, role FROM platform.membership WHERE account_id = ?", accountId).stream()
                        .map(r -> new MembershipView((UUID) r[0], null, (UUID) r[1], Role.valueOf((String) r[2]))).toList();
                return query("SELECT username, display_name, email, preferred_language, active FROM platform.account WHERE id = ?", accountId)
                        .stream().findFirst().map(r -> new eu.convivio.platform.api.StaffMember(accountId, (String) r[0],
                                (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], memberships));
            }

            @Override
            public Map<UUID, eu.convivio.platform.api.StaffMember> members(java.util.Collection<UUID> accountIds) {
                Map<UUID, eu.convivio.platform.api.StaffMember> found = new java.util.HashMap<>();
                for (UUID id : accountIds) {
                    member(id).ifPresent(m -> found.put(id, m));
                }
                return found;
            }

            @Override
            public List<eu.convivio.platform.api.StaffMember> holders(UUID municipalityId, Role role) {
                return query("SELECT DISTINCT account_id FROM platform.membership WHERE municipality_id = ? AND role = ?",
                        municipalityId, role.name()).stream().map(r -> member((UUID) r[0]).orElseThrow()).toList();
            }
        };
    }

    /** The platform's staff listing, read from its tables (the same SQL as the platform's AccountContacts). */
    static Accounts accounts() {
        return new Accounts() {
            @Override
            public List<StaffMember> staff(UUID municipalityId) {
                return query("""
                        SELECT a.id, a.display_name, min(m.department_id::text) FROM platform.account a
                        JOIN platform.membership m ON m.account_id = a.id WHERE m.municipality_id = ? AND a.active
                        GROUP BY a.id, a.display_name ORDER BY a.display_name""", municipalityId).stream()
                        .map(r -> new StaffMember((UUID) r[0], (String) r[1], r[2] == null ? null : UUID.fromString((String) r[2])))
                        .toList();
            }
        };
    }

    /** A signed-in person holding the given roles in the given municipality. */
    static CurrentUser user(UUID accountId, UUID municipality, Role... roles) {
        return new CurrentUser() {
            public boolean isAuthenticated() { return accountId != null; }
            public Optional<UUID> accountId() { return Optional.ofNullable(accountId); }
            public String username() { return accountId == null ? "anonymous" : "user-" + accountId.toString().substring(0, 8); }
            public String displayName() { return username(); }
            public boolean isPlatformAdmin() { return false; }
            public List<MembershipView> memberships() {
                return List.of(roles).stream().map(r -> new MembershipView(municipality, null, null, r)).toList();
            }
            public Set<UUID> municipalities(Role... anyOf) {
                return memberships().stream().filter(m -> anyOf.length == 0 || List.of(anyOf).contains(m.role()))
                        .map(MembershipView::municipalityId).collect(Collectors.toSet());
            }
            public Set<UUID> organisations() { return Set.of(); }
            public Optional<UUID> selectedMunicipality() { return Optional.ofNullable(municipality); }
            public String preferredLanguage() { return "en"; }
        };
    }

    /** The platform's access rule for such a user: no membership 404, membership without the role 403. */
    static Access access(CurrentUser user) {
        return new Access() {
            public boolean has(UUID municipalityId, Role... anyOf) {
                return user.municipalities(anyOf).contains(municipalityId);
            }
            public boolean hasInOrganization(UUID organizationId, Role... anyOf) { return false; }
            public Set<UUID> municipalities(Role... anyOf) { return user.municipalities(anyOf); }
            public Set<UUID> organizations(Role... anyOf) { return Set.of(); }
            public boolean isPlatformAdmin() { return false; }
            public void require(UUID municipalityId, Role... anyOf) {
                if (!user.municipalities().contains(municipalityId)) {
                    throw new Problem.NotFound("not found");
                }
                if (!has(municipalityId, anyOf)) {
                    throw new Problem.Forbidden("forbidden");
                }
            }
            public void requireMember(UUID municipalityId) { require(municipalityId); }
            public void requirePlatformAdmin() { throw new Problem.Forbidden("forbidden"); }
            public void requireSignedIn() {
                if (!user.isAuthenticated()) {
                    throw new Problem.Unauthorized("sign in");
                }
            }
        };
    }

}
