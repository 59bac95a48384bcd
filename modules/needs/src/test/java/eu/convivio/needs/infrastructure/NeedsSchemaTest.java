package eu.convivio.needs.infrastructure;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.AttachmentLink;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The V14 schema and the entity mapping: what the database keeps even if the application slips. */
class NeedsSchemaTest {

    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID BRATISLAVA = UUID.randomUUID();
    private static final UUID STARE_MESTO = UUID.randomUUID();
    private static final UUID PETRZALKA = UUID.randomUUID();
    private static final UUID ROUND = UUID.randomUUID();
    private static final UUID NEED = UUID.randomUUID();

    static AssessmentContent assessment(String title, Set<UUID> districts) {
        return new AssessmentContent(title, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), AssessmentMethod.SURVEY,
                districts, Set.of("refugees", "temporary-protection"), 212, "Mesto Trnava", "UNHCR, Slovak Red Cross",
                AssessmentStatus.COMPLETED, List.of(new AttachmentLink("Report", "https://example.org/report.pdf")),
                "Housing and language courses came first.");
    }

    static NeedContent need(UUID district, int severity, Integer affected, Integer inNeed) {
        return new NeedContent("housing", district, PopulationGroup.TEMPORARY_PROTECTION,
                "Families under temporary protection cannot find rented flats they can afford.", severity,
                affected, inNeed, "Survey, 212 respondents", "Survey 2024", List.of("uk", "ru"), "Rent guarantee scheme");
    }

    @BeforeAll
    static void register() {
        NeedsUnit.doInTransaction(em -> {
            em.persist(new District(STARE_MESTO, TRNAVA, "Staré Mesto", "TT-SM"));
            em.persist(new District(PETRZALKA, BRATISLAVA, "Petržalka", "BA-PE"));
            em.flush();
            NeedsAssessment round = new NeedsAssessment(ROUND, TRNAVA, assessment("Survey 2024", Set.of(STARE_MESTO)));
            em.persist(round);
            em.flush();
            em.persist(new Need(NEED, round, need(STARE_MESTO, 4, 300, 120)));
        });
    }

    @Test
    void entitiesReadBackAsWritten() {
        NeedsUnit.doInTransaction(em -> {
            NeedsAssessment round = em.find(NeedsAssessment.class, ROUND);
            assertThat(round.getDistricts()).containsExactly(STARE_MESTO);
            assertThat(round.getPopulationGroups()).containsExactlyInAnyOrder("refugees", "temporary-protection");
            assertThat(round.getAttachments()).extracting(AttachmentLink::getUrl).containsExactly("https://example.org/report.pdf");
            Need need = em.find(Need.class, NEED);
            assertThat(need.getMunicipalityId()).isEqualTo(TRNAVA);
            assertThat(need.getLanguages()).containsExactly("uk", "ru");
            assertThat(need.getPopulationGroup()).isEqualTo(PopulationGroup.TEMPORARY_PROTECTION);
            assertThat(need.getStatus()).isEqualTo(NeedStatus.IDENTIFIED);
        });
    }

    @Test
    void languagesAreAlsoAnArrayForQueries() throws SQLException {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT languages FROM needs.need WHERE id = ?::uuid AND 'uk' = ANY (languages)")) {
            s.setString(1, NEED.toString());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat((String[]) rs.getArray(1).getArray()).containsExactly("uk", "ru");
            }
        }
    }

    @Test
    void creationsAreAudited() throws SQLException {
        assertThat(count("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'Need' AND entity_id = '" + NEED
                + "' AND municipality_id = '" + TRNAVA + "'")).isEqualTo(1);
    }

    @Test
    void severityOutsideOneToFiveIsRefused() {
        assertRefused("INSERT INTO needs.need (id, assessment_id, municipality_id, theme, population_group, description, severity, status) "
                + "VALUES (gen_random_uuid(), '" + ROUND + "', '" + TRNAVA + "', 'housing', 'refugees', 'x', 6, 'IDENTIFIED')");
        assertRefused("INSERT INTO needs.need (id, assessment_id, municipality_id, theme, population_group, description, severity, status) "
                + "VALUES (gen_random_uuid(), '" + ROUND + "', '" + TRNAVA + "', 'housing', 'refugees', 'x', 0, 'IDENTIFIED')");
    }

    @Test
    void peopleInNeedCannotExceedPeopleAffected() {
        assertRefused("UPDATE needs.need SET people_in_need = 301 WHERE id = '" + NEED + "'");
    }

    @Test
    void unknownCodesAreRefused() {
        assertRefused("UPDATE needs.need SET population_group = 'migrants' WHERE id = '" + NEED + "'");
        assertRefused("UPDATE needs.need SET status = 'DONE' WHERE id = '" + NEED + "'");
        assertRefused("UPDATE needs.need SET language_list = 'Ukrainian' WHERE id = '" + NEED + "'");
        assertRefused("UPDATE needs.assessment SET method = 'GUESSWORK' WHERE id = '" + ROUND + "'");
        assertRefused("UPDATE needs.assessment SET status = 'DONE' WHERE id = '" + ROUND + "'");
    }

    @Test
    void aValidatedNeedSaysWhoValidatedIt() {
        assertRefused("UPDATE needs.need SET status = 'VALIDATED' WHERE id = '" + NEED + "'");
        assertRefused("UPDATE needs.need SET validated_by = 'trnava.officer' WHERE id = '" + NEED + "'");
    }

    @Test
    void aNeedStaysInItsAssessmentsMunicipality() {
        // copied municipality that differs from the assessment's
        assertRefused("INSERT INTO needs.need (id, assessment_id, municipality_id, theme, population_group, description, severity, status) "
                + "VALUES (gen_random_uuid(), '" + ROUND + "', '" + BRATISLAVA + "', 'housing', 'refugees', 'x', 3, 'IDENTIFIED')");
        // a district of another municipality
        assertRefused("UPDATE needs.need SET district_id = '" + PETRZALKA + "' WHERE id = '" + NEED + "'");
        assertRefused("INSERT INTO needs.assessment_district VALUES ('" + ROUND + "', '" + PETRZALKA + "')");
    }

    @Test
    void districtCodesAreUniquePerMunicipality() {
        assertRefused("INSERT INTO needs.district (id, municipality_id, name, code) VALUES (gen_random_uuid(), '"
                + TRNAVA + "', 'Another', 'TT-SM')");
    }

    @Test
    void publicationAndPeriodAreConsistent() {
        assertRefused("UPDATE needs.assessment SET published = true WHERE id = '" + ROUND + "'");
        assertRefused("UPDATE needs.assessment SET period_end = '2023-01-01' WHERE id = '" + ROUND + "'");
        assertRefused("INSERT INTO needs.assessment_attachment VALUES ('" + ROUND + "', 5, 'Bad', 'javascript:alert(1)')");
    }

    @Test
    void publishingRecordsWhen() {
        NeedsUnit.doInTransaction(em -> em.find(NeedsAssessment.class, ROUND).publish(Instant.now()));
        NeedsUnit.doInTransaction(em -> {
            NeedsAssessment round = em.find(NeedsAssessment.class, ROUND);
            assertThat(round.isPublished()).isTrue();
            assertThat(round.getPublishedAt()).isNotNull();
            round.withdraw();
        });
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertRefused(String sql) {
        assertThatThrownBy(() -> {
            try (Connection c = TestDatabase.connect()) {
                c.createStatement().executeUpdate(sql);
            }
        }).isInstanceOf(SQLException.class);
    }
}
