package eu.convivio.needs.infrastructure;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.domain.NeedsAssessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing needs: filters, sorting, paging, and confinement to the municipalities the reader may see. */
class NeedQueriesTest {

    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID BRATISLAVA = UUID.randomUUID();
    private static final UUID CENTRUM = UUID.randomUUID();
    private static final UUID ROUND = UUID.randomUUID();
    private static final UUID OTHER_ROUND = UUID.randomUUID();

    @BeforeAll
    static void needs() {
        NeedsUnit.doInTransaction(em -> {
            em.persist(new District(CENTRUM, TRNAVA, "Centrum", "TT-CE"));
            NeedsAssessment round = new NeedsAssessment(ROUND, TRNAVA, NeedsSchemaTest.assessment("Trnava 2024", Set.of()));
            NeedsAssessment other = new NeedsAssessment(OTHER_ROUND, BRATISLAVA, NeedsSchemaTest.assessment("Bratislava 2026", Set.of()));
            em.persist(round);
            em.persist(other);
            em.flush();
            em.persist(need(round, "housing", CENTRUM, PopulationGroup.REFUGEES, 5, 40));
            em.persist(need(round, "housing", null, PopulationGroup.WOMEN, 2, 300));
            em.persist(need(round, "health", CENTRUM, PopulationGroup.REFUGEES, 3, 10));
            Need closed = need(round, "employment", null, PopulationGroup.WORKERS, 4, 90);
            closed.moveTo(NeedStatus.CLOSED, "trnava.officer", java.time.Instant.now());
            em.persist(closed);
            em.persist(need(other, "housing", null, PopulationGroup.REFUGEES, 5, 1000));
        });
    }

    private static Need need(NeedsAssessment a, String theme, UUID district, PopulationGroup group, int severity, int inNeed) {
        return new Need(UUID.randomUUID(), a, new NeedContent(theme, district, group, "A group's need", severity,
                inNeed * 2, inNeed, null, null, List.of(), null));
    }

    private static List<Need> search(NeedQueries.Filter filter, NeedQueries.Sort sort) {
        return NeedsUnit.inTransaction(em -> new NeedQueries(em).search(filter, sort, 0, 50).needs());
    }

    private static NeedQueries.Filter of(Set<UUID> readable, UUID assessment) {
        return new NeedQueries.Filter(readable, null, assessment, null, null, false, null, null, null, null);
    }

    @Test
    void aReaderOfTrnavaNeverGetsBratislavasNeeds() {
        assertThat(search(of(Set.of(TRNAVA), OTHER_ROUND), NeedQueries.Sort.SEVERITY)).isEmpty();
        assertThat(search(of(Set.of(), null), NeedQueries.Sort.SEVERITY)).isEmpty();
        assertThat(search(of(Set.of(TRNAVA), ROUND), NeedQueries.Sort.SEVERITY)).hasSize(4)
                .allSatisfy(n -> assertThat(n.getMunicipalityId()).isEqualTo(TRNAVA));
    }

    @Test
    void filtersCombine() {
        assertThat(search(new NeedQueries.Filter(Set.of(TRNAVA), TRNAVA, null, "housing", null, false, null, null, null, null),
                NeedQueries.Sort.SEVERITY)).extracting(Need::getSeverity).containsExactly(5, 2);
        assertThat(search(new NeedQueries.Filter(Set.of(TRNAVA), TRNAVA, null, null, CENTRUM, false, "refugees", null, null, null),
                NeedQueries.Sort.SEVERITY)).extracting(Need::getTheme).containsExactly("housing", "health");
        assertThat(search(new NeedQueries.Filter(Set.of(TRNAVA), TRNAVA, null, null, null, true, null, null, null, null),
                NeedQueries.Sort.SEVERITY)).extracting(Need::getTheme).containsExactly("employment", "housing");
        assertThat(search(new NeedQueries.Filter(Set.of(TRNAVA), TRNAVA, null, null, null, false, null, null, 4, NeedStatus.IDENTIFIED),
                NeedQueries.Sort.SEVERITY)).extracting(Need::getSeverity).containsExactly(5);
    }

    @Test
    void sortsAndPages() {
        var filter = new NeedQueries.Filter(Set.of(TRNAVA), TRNAVA, null, null, null, false, null, null, null, null);
        assertThat(search(filter, NeedQueries.Sort.PEOPLE_IN_NEED)).extracting(Need::getPeopleInNeed).containsExactly(300, 90, 40, 10);
        NeedQueries.Page second = NeedsUnit.inTransaction(em -> new NeedQueries(em).search(filter, NeedQueries.Sort.SEVERITY, 1, 3));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.needs()).extracting(Need::getSeverity).containsExactly(2);
    }

    @Test
    void aggregatedCountsLeaveClosedNeedsOut() {
        var counts = NeedsUnit.inTransaction(em -> new NeedQueries(em).counts(ROUND, "district_id"));
        assertThat(counts.get("housing").get(CENTRUM.toString()).needs()).isEqualTo(1);
        assertThat(counts.get("housing").get("").peopleInNeed()).isEqualTo(300);
        assertThat(counts).doesNotContainKey("employment");
    }
}
