package eu.convivio.strategy.infrastructure;

import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyStatus;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionComparison;
import eu.convivio.strategy.domain.VersionComparison.Kind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo strategies load as the demo needs them: Košice's v1 adopted and v2 in consultation
 * today with changes a comparison shows; they print to PDF with Slovak and Greek letters intact.
 */
class DemoStrategiesTest {

    private static final UUID KOSICE = UUID.randomUUID();
    private static final UUID THESSALONIKI = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.now();

    static final Directory DIRECTORY = new Directory() {
        @Override
        public Optional<MunicipalitySummary> municipality(UUID id) {
            return municipalities().stream().filter(m -> m.id().equals(id)).findFirst();
        }

        @Override
        public List<MunicipalitySummary> municipalities() {
            return List.of(new MunicipalitySummary(KOSICE, "Košice Self-Governing Region", "SK", MunicipalityKind.REGION, null, "sk", "Europe/Bratislava"),
                    new MunicipalitySummary(THESSALONIKI, "Thessaloniki", "GR", MunicipalityKind.MUNICIPALITY, null, "el", "Europe/Athens"));
        }

        @Override
        public List<DepartmentSummary> departments(UUID municipalityId) {
            return List.of();
        }
    };

    @BeforeAll
    static void loaded() throws Exception {
        // the demo ids are fixed: clear what an earlier run in the same database left
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE strategy.version DISABLE TRIGGER version_adopted_frozen");
            for (String table : List.of("section", "goal", "measure", "indicator")) {
                s.execute("ALTER TABLE strategy." + table + " DISABLE TRIGGER " + table + "_adopted_frozen");
            }
            s.execute("DELETE FROM strategy.strategy WHERE id IN ('" + DemoStrategies.KOSICE_STRATEGY + "', '" + DemoStrategies.THESSALONIKI_STRATEGY + "')"
                    + " OR origin_strategy_id IN ('" + DemoStrategies.KOSICE_STRATEGY + "', '" + DemoStrategies.THESSALONIKI_STRATEGY + "')");
        } catch (Exception e) {
            // first run: nothing to clear
        } finally {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE strategy.version ENABLE TRIGGER version_adopted_frozen");
                for (String table : List.of("section", "goal", "measure", "indicator")) {
                    s.execute("ALTER TABLE strategy." + table + " ENABLE TRIGGER " + table + "_adopted_frozen");
                }
            }
        }
        StrategyUnit.doInTransaction(em -> DemoStrategies.load(em, DIRECTORY, TODAY));
    }

    @Test
    void kosiceHasAnAdoptedVersionAndARevisionInConsultationToday() {
        StrategyUnit.doInTransaction(em -> {
            Strategy s = em.find(Strategy.class, DemoStrategies.KOSICE_STRATEGY);
            assertThat(s.getStatus()).isEqualTo(StrategyStatus.CONSULTATION);
            assertThat(s.inConsultationOn(TODAY)).isTrue();
            StrategyQueries q = new StrategyQueries(em);
            assertThat(q.versions(s.getId())).extracting(StrategyVersion::getNumber, StrategyVersion::isAdopted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
            StrategyVersion v1 = q.latestAdopted(s.getId()).orElseThrow();
            assertThat(v1.getAdoptingBody()).contains("Zastupiteľstvo");
            assertThat(v1.getAdoptedAt()).isBefore(TODAY);
        });
    }

    @Test
    void theComparisonShowsTheRevisionsChanges() {
        VersionComparison c = StrategyUnit.inTransaction(em -> {
            StrategyQueries q = new StrategyQueries(em);
            return VersionComparison.of(q.contents(em.find(StrategyVersion.class, DemoStrategies.KOSICE_V1)),
                    q.contents(em.find(StrategyVersion.class, DemoStrategies.KOSICE_V2)));
        });
        assertThat(c.sections()).filteredOn(x -> x.kind() == Kind.CHANGED).hasSize(3);
        var intro = c.sections().stream().filter(x -> x.lineageId().equals(DemoStrategies.lineage("kosice:intro"))).findFirst().orElseThrow();
        assertThat(intro.body()).anySatisfy(r -> assertThat(r.text()).contains("9"));
        assertThat(intro.wordsAdded()).isPositive();
        assertThat(c.measures()).filteredOn(m -> m.kind() == Kind.ADDED).extracting(VersionComparison.ItemChange::label)
                .containsExactly("Jednotné kontaktné miesto pre cudzincov");
        assertThat(c.measures()).filteredOn(m -> m.kind() == Kind.CHANGED).singleElement()
                .satisfies(m -> assertThat(m.fields()).extracting(VersionComparison.FieldChange::field)
                        .containsExactly("endDate", "budget", "progress"));
        assertThat(c.indicators()).filteredOn(i -> i.kind() == Kind.REMOVED).hasSize(1);
    }

    @Test
    void theAdoptedVersionsPrintWithSlovakAndGreekLetters() throws Exception {
        byte[] kosice = StrategyUnit.inTransaction(em -> StrategyPdf.render(new StrategyQueries(em).contents(
                em.find(StrategyVersion.class, DemoStrategies.KOSICE_V1)), "Košický kraj", key -> key));
        byte[] thessaloniki = StrategyUnit.inTransaction(em -> {
            StrategyQueries q = new StrategyQueries(em);
            return StrategyPdf.render(q.contents(q.latestAdopted(DemoStrategies.THESSALONIKI_STRATEGY).orElseThrow()), "Θεσσαλονίκη", key -> key);
        });
        assertThat(new String(kosice, 0, 5)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(kosice)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Tlmočnícka služba na úradoch kraja").contains("Zastupiteľstvo Košického samosprávneho kraja");
        }
        try (var doc = Loader.loadPDF(thessaloniki)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Δημοτικό Συμβούλιο Θεσσαλονίκης").contains("Στέγαση");
        }
    }
}
