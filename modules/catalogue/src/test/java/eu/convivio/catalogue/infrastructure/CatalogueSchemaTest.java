package eu.convivio.catalogue.infrastructure;

import eu.convivio.platform.testing.SqlErrors;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue schema refuses what HSDS and Convivio's rules forbid, whoever writes the row. */
class CatalogueSchemaTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();

    @BeforeAll
    static void anOrganizationWithAService() throws SQLException {
        sql("INSERT INTO catalogue.organization (id, name, description) VALUES ('" + ORGANIZATION + "', '"
                + TestDatabase.unique("Schema test organisation") + "', 'Fixture')");
        sql(service(SERVICE, "'active'", "NULL", "NULL"));
    }

    @Test
    void aServiceStatusIsOneOfHsdsFour() {
        assertRefused(service(UUID.randomUUID(), "'closed'", "NULL", "NULL"), "service_status_check");
        assertThatCode(() -> sql(service(UUID.randomUUID(), "'temporarily closed'", "NULL", "NULL")))
                .doesNotThrowAnyException();
    }

    @Test
    void theMinimumAgeIsNotAboveTheMaximum() {
        assertRefused(service(UUID.randomUUID(), "'active'", "18", "6"), "service_age_range");
    }

    @Test
    void aServiceNeedsAnOrganizationThatExists() {
        assertRefused("INSERT INTO catalogue.service (id, organization_id, name, status) VALUES ('"
                + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', 'Orphan', 'active')", "service_organization_id_fkey");
    }

    @Test
    void aPhoneBelongsToExactlyOneRow() {
        assertRefused("INSERT INTO catalogue.phone (id, number) VALUES ('" + UUID.randomUUID() + "', '+359 2 123456')",
                "phone_owner");
        assertRefused("INSERT INTO catalogue.phone (id, service_id, organization_id, number) VALUES ('" + UUID.randomUUID()
                + "', '" + SERVICE + "', '" + ORGANIZATION + "', '+359 2 123456')", "phone_owner");
    }

    @Test
    void aScheduleIsForOneRowAndOpensBeforeItCloses() {
        assertRefused("INSERT INTO catalogue.schedule (id, freq) VALUES ('" + UUID.randomUUID() + "', 'WEEKLY')",
                "schedule_owner");
        assertRefused("INSERT INTO catalogue.schedule (id, service_id, freq, byday, opens_at, closes_at) VALUES ('"
                + UUID.randomUUID() + "', '" + SERVICE + "', 'WEEKLY', 'MO', '17:00', '09:00')", "schedule_hours");
        assertRefused("INSERT INTO catalogue.schedule (id, service_id, freq, byday) VALUES ('"
                + UUID.randomUUID() + "', '" + SERVICE + "', 'WEEKLY', 'Monday')", "schedule_byday_check");
    }

    @Test
    void aLocationHasBothCoordinatesOrNeither() {
        assertRefused("INSERT INTO catalogue.location (id, location_type, latitude) VALUES ('" + UUID.randomUUID()
                + "', 'physical', 42.69)", "location_coordinates_pair");
    }

    @Test
    void eligibilityNamesAKnownResidenceStatus() {
        assertRefused("INSERT INTO catalogue.service_eligibility (id, service_id, residence_status) VALUES ('"
                + UUID.randomUUID() + "', '" + SERVICE + "', 'tourist')", "service_eligibility_residence_status_check");
        assertRefused("INSERT INTO catalogue.service_eligibility (id, service_id) VALUES ('" + UUID.randomUUID()
                + "', '" + SERVICE + "')", "service_eligibility_criterion");
    }

    @Test
    void aFieldHasOneTranslationPerLanguage() throws SQLException {
        String translation = "INSERT INTO catalogue.translation (id, entity_type, entity_id, field, language, text) VALUES ('%s', 'service', '"
                + SERVICE + "', 'name', 'bg', 'Правна помощ')";
        sql(translation.formatted(UUID.randomUUID()));
        assertRefused(translation.formatted(UUID.randomUUID()), "translation_unique");
        assertRefused("INSERT INTO catalogue.translation (id, entity_type, entity_id, field, language, text) VALUES ('"
                + UUID.randomUUID() + "', 'service', '" + SERVICE + "', 'name', 'Bulgarian', 'Правна помощ')",
                "translation_language_check");
    }

    @Test
    void aServiceIsTaggedWithATermOnce() throws SQLException {
        String attribute = "INSERT INTO catalogue.attribute (id, link_id, link_entity, taxonomy_term_id) VALUES ('%s', '"
                + SERVICE + "', 'service', 'e7a1c2d4-0000-4000-8000-000000000001')";
        sql(attribute.formatted(UUID.randomUUID()));
        assertRefused(attribute.formatted(UUID.randomUUID()), "attribute_unique");
    }

    private static String service(UUID id, String status, String minimumAge, String maximumAge) {
        return "INSERT INTO catalogue.service (id, organization_id, name, status, minimum_age, maximum_age) VALUES ('"
                + id + "', '" + ORGANIZATION + "', 'Schema test service', " + status + ", " + minimumAge + ", " + maximumAge + ")";
    }

    private static void assertRefused(String statement, String constraint) {
        assertThatThrownBy(() -> sql(statement)).as(statement)
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains(constraint));
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
