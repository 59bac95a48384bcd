package eu.convivio.strategy.infrastructure;

import eu.convivio.platform.testing.SqlErrors;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.strategy.domain.FundingSource;
import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.IndicatorDefinition;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasurePlan;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema keeps the rules whatever client writes: adopted versions and their content are
 * frozen by triggers; each section is locked on its own.
 */
class StrategySchemaTest {

    private static final UUID MUNICIPALITY = UUID.randomUUID();
    private static final UUID STRATEGY = UUID.randomUUID();
    private static final UUID ADOPTED = UUID.randomUUID();
    private static final UUID ADOPTED_SECTION = UUID.randomUUID();
    private static final UUID ADOPTED_MEASURE = UUID.randomUUID();
    private static final UUID DRAFT = UUID.randomUUID();
    private static final UUID DRAFT_SECTION_A = UUID.randomUUID();
    private static final UUID DRAFT_SECTION_B = UUID.randomUUID();

    static MeasurePlan plan(String title) {
        return new MeasurePlan(null, title, "What is done", null, "Department of social affairs", "NGOs",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("12000.00"), "EUR",
                FundingSource.AMIF, MeasureStatus.PLANNED, 0);
    }

    @BeforeAll
    static void adoptedStrategyWithARevision() {
        StrategyUnit.doInTransaction(em -> {
            Strategy strategy = new Strategy(STRATEGY, MUNICIPALITY, "Schema test strategy", "en",
                    LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
            em.persist(strategy);
            StrategyVersion v1 = StrategyVersion.firstDraft(ADOPTED, strategy);
            em.persist(v1);
            em.persist(new Section(ADOPTED_SECTION, v1, UUID.randomUUID(), null, 0, "Housing", "Text", null));
            Goal goal = new Goal(UUID.randomUUID(), v1, UUID.randomUUID(), 0, "Homes", "");
            em.persist(goal);
            em.persist(new Measure(ADOPTED_MEASURE, v1, UUID.randomUUID(), 0, plan("Housing mediation")));
            em.persist(new Indicator(UUID.randomUUID(), v1, UUID.randomUUID(), 0,
                    new IndicatorDefinition(goal.getId(), null, "Families housed", "families", BigDecimal.ZERO,
                            LocalDate.of(2024, 12, 31), BigDecimal.TEN, LocalDate.of(2030, 12, 31))));
            em.flush();
            strategy.startConsultation(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));
            strategy.closeConsultation();
            v1.adopt(LocalDate.of(2025, 3, 1), "Municipal council", "Resolution 12/2025");
        });
        StrategyUnit.doInTransaction(em -> {
            StrategyVersion v1 = em.find(StrategyVersion.class, ADOPTED);
            StrategyVersion v2 = StrategyVersion.revisionOf(DRAFT, v1, 1);
            em.persist(v2);
            em.persist(new Section(DRAFT_SECTION_A, v2, UUID.randomUUID(), null, 0, "Housing", "Text", null));
            em.persist(new Section(DRAFT_SECTION_B, v2, UUID.randomUUID(), null, 1, "Work", "Text", null));
        });
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theContentOfAnAdoptedVersionCannotBeChangedRemovedOrAddedTo() {
        assertThatThrownBy(() -> sql("UPDATE strategy.section SET body = 'rewritten' WHERE id = '" + ADOPTED_SECTION + "'"))
                .hasMessageContaining("adopted strategy version cannot be changed");
        assertThatThrownBy(() -> sql("DELETE FROM strategy.measure WHERE id = '" + ADOPTED_MEASURE + "'"))
                .hasMessageContaining("adopted strategy version cannot be changed");
        assertThatThrownBy(() -> sql("INSERT INTO strategy.goal (id, version_id, lineage_id, position, title) VALUES ('"
                + UUID.randomUUID() + "', '" + ADOPTED + "', '" + UUID.randomUUID() + "', 5, 'Slipped in')"))
                .hasMessageContaining("adopted strategy version cannot be changed");
        assertThatThrownBy(() -> sql("UPDATE strategy.section SET version_id = '" + DRAFT + "' WHERE id = '" + ADOPTED_SECTION + "'"))
                .hasMessageContaining("adopted strategy version cannot be changed");
    }

    @Test
    void anAdoptedVersionCannotBeChangedOrRemoved() {
        assertThatThrownBy(() -> sql("UPDATE strategy.version SET decision_reference = 'Other' WHERE id = '" + ADOPTED + "'"))
                .hasMessageContaining("is adopted and cannot be changed");
        assertThatThrownBy(() -> sql("DELETE FROM strategy.version WHERE id = '" + ADOPTED + "'"))
                .hasMessageContaining("is adopted and cannot be changed");
        assertThatThrownBy(() -> sql("DELETE FROM strategy.strategy WHERE id = '" + STRATEGY + "'"))
                .isInstanceOf(SQLException.class);
        String body = StrategyUnit.inTransaction(em -> em.find(Section.class, ADOPTED_SECTION).getBody());
        assertThat(body).isEqualTo("Text");
    }

    @Test
    void theDraftStaysWritable() throws SQLException {
        sql("UPDATE strategy.section SET body = 'Rewritten by SQL' WHERE id = '" + DRAFT_SECTION_B + "'");
        assertThat(StrategyUnit.<String>inTransaction(em -> em.find(Section.class, DRAFT_SECTION_B).getBody())).isEqualTo("Rewritten by SQL");
    }

    @Test
    void aStrategyHasOneOpenDraftAtATime() {
        assertThatThrownBy(() -> sql("INSERT INTO strategy.version (id, strategy_id, number, kind) VALUES ('"
                + UUID.randomUUID() + "', '" + STRATEGY + "', 9, 'DRAFT')"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("version_one_draft"));
    }

    @Test
    void aBudgetNeedsItsCurrency() {
        assertThatThrownBy(() -> sql("INSERT INTO strategy.measure (id, version_id, lineage_id, position, title, status, budget)"
                + " VALUES ('" + UUID.randomUUID() + "', '" + DRAFT + "', '" + UUID.randomUUID() + "', 0, 'No currency', 'PLANNED', 10)"))
                .satisfies(e -> assertThat(SqlErrors.violatedConstraint(e)).contains("measure_budget_currency"));
    }

    @Test
    void aStaleSaveOfASectionIsRefusedWhileAnotherSectionSavesFreely() {
        Section stale = StrategyUnit.inTransaction(em -> em.find(Section.class, DRAFT_SECTION_A));
        StrategyUnit.doInTransaction(em -> em.find(Section.class, DRAFT_SECTION_A).write("Housing", "First editor's text"));
        // a save of another section in between never conflicts
        StrategyUnit.doInTransaction(em -> em.find(Section.class, DRAFT_SECTION_B).write("Work", "Third editor's text"));

        assertThatThrownBy(() -> StrategyUnit.doInTransaction(em -> {
            Section merged = em.merge(stale);
            merged.write("Housing", "Second editor's text");
        })).isInstanceOf(OptimisticLockException.class);
        assertThat(StrategyUnit.<String>inTransaction(em -> em.find(Section.class, DRAFT_SECTION_A).getBody())).isEqualTo("First editor's text");
        assertThat(StrategyUnit.<String>inTransaction(em -> em.find(Section.class, DRAFT_SECTION_B).getBody())).isEqualTo("Third editor's text");
    }
}
