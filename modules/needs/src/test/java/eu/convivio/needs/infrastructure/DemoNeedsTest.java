package eu.convivio.needs.infrastructure;

import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.domain.SuppressedTable;
import eu.convivio.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo register as the other modules' demos and the system tests expect it. */
class DemoNeedsTest {

    private static final Map<String, UUID> MUNICIPALITIES = new HashMap<>();

    @BeforeAll
    static void load() {
        NeedsUnit.doInTransaction(em -> {
            for (DemoNeeds.City city : DemoNeeds.CITIES) {
                UUID id = UUID.randomUUID();
                MUNICIPALITIES.put(city.slug(), id);
                new DemoNeeds(em).load(city, id);
            }
        });
    }

    private static NeedsAssessment round(String slug, int year) {
        DemoNeeds.City city = DemoNeeds.CITIES.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
        return NeedsUnit.inTransaction(em -> em.find(NeedsAssessment.class, DemoNeeds.id("assessment", city, Integer.toString(year))));
    }

    private static long count(String sql) {
        try (Connection c = TestDatabase.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoRoundsOfFifteenToThirtyNeedsForTheSlovakCities() {
        for (String slug : List.of("trnava", "bratislava", "kosice")) {
            for (int year : List.of(2024, 2026)) {
                NeedsAssessment round = round(slug, year);
                assertThat(round).as(slug + " " + year).isNotNull();
                assertThat(count("SELECT count(*) FROM needs.need WHERE assessment_id = '" + round.getId() + "'"))
                        .as(slug + " " + year).isBetween(15L, 30L);
            }
        }
        assertThat(count("SELECT count(*) FROM needs.district WHERE municipality_id = '" + MUNICIPALITIES.get("sofia") + "'")).isEqualTo(4);
    }

    @Test
    void firstRoundsArePublishedLatestAreNot() {
        assertThat(round("trnava", 2024).isPublished()).isTrue();
        assertThat(round("bratislava", 2026).isPublished()).isFalse();
        assertThat(round("trnava", 2026).isPublished()).isFalse();
    }

    @Test
    void kosiceHasOpenSevereNeedsForTheStrategyDemo() {
        assertThat(count("SELECT count(*) FROM needs.need WHERE assessment_id = '" + round("kosice", 2026).getId()
                + "' AND severity >= 4 AND status <> 'CLOSED'")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyThemeIsOfTheSharedTaxonomyAndEveryStatusOccurs() {
        assertThat(count("SELECT count(*) FROM needs.need n WHERE NOT EXISTS (SELECT 1 FROM catalogue.taxonomy_term t "
                + "WHERE t.code = n.theme)")).isZero();
        for (NeedStatus status : NeedStatus.values()) {
            assertThat(count("SELECT count(*) FROM needs.need WHERE status = '" + status.name() + "'")).as(status.name()).isPositive();
        }
    }

    @Test
    void thePublishedViewOfTrnavaShowsSomethingAndHidesSmallCounts() {
        NeedsAssessment round = round("trnava", 2024);
        Map<String, Map<String, SuppressedTable.Count>> counts = NeedsUnit.inTransaction(em -> new NeedQueries(em).counts(round.getId(), "population_group"));
        assertThat(counts).isNotEmpty();
        List<String> themes = List.copyOf(counts.keySet());
        Set<String> groups = new java.util.TreeSet<>();
        counts.values().forEach(m -> groups.addAll(m.keySet()));
        SuppressedTable table = SuppressedTable.of(themes, List.copyOf(groups), counts);
        assertThat(table.total().suppressed()).isFalse();
        assertThat(table.total().needs()).isGreaterThanOrEqualTo(5);
    }
}
