package eu.convivio.needs.application;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.catalogue.api.ServiceCoverage.NeedCriteria;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedsAssessment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How a need becomes the catalogue's criteria, how pressing it is, and its catalogue search link. */
class GapAnalysisTest {

    private static final UUID CITY = UUID.randomUUID();

    @Test
    void aNeedAsksForItsThemeAreaGroupAndPrimaryLanguages() {
        Need need = need(PopulationGroup.ASYLUM_SEEKERS, 4, 100, 40, List.of("fa-AF", "ps", "fa"));

        NeedCriteria c = GapAnalysis.criteria(CITY, need);

        assertThat(c.municipalityId()).isEqualTo(CITY);
        assertThat(c.themeCode()).isEqualTo("housing");
        assertThat(c.statuses()).containsExactly(ResidenceStatus.ASYLUM_SEEKER);
        assertThat(c.languages()).containsExactlyInAnyOrder("fa", "ps");
        assertThat(GapAnalysis.criteria(CITY, need(PopulationGroup.CHILDREN, 2, null, null, List.of())).maximumAge()).isEqualTo(17);
    }

    @Test
    void pressingIsSeverityTimesPeopleInNeedOrAffectedOrOne() {
        assertThat(GapAnalysis.pressing(need(PopulationGroup.REFUGEES, 4, 100, 40, List.of()))).isEqualTo(160);
        assertThat(GapAnalysis.pressing(need(PopulationGroup.REFUGEES, 4, 100, null, List.of()))).isEqualTo(400);
        assertThat(GapAnalysis.pressing(need(PopulationGroup.REFUGEES, 5, null, null, List.of()))).isEqualTo(5);
    }

    @Test
    void theSearchLinkCarriesThePortalsParameters() {
        NeedCriteria c = GapAnalysis.criteria(CITY, need(PopulationGroup.TEMPORARY_PROTECTION, 3, null, null, List.of("uk")));
        assertThat(GapAnalysis.searchQuery(CITY, c))
                .isEqualTo("municipality=" + CITY + "&theme=housing&status=temporary_protection&spoken=uk");
        NeedCriteria open = new NeedCriteria(CITY, "legal-counselling", Set.of(), null, null, null, Set.of());
        assertThat(GapAnalysis.searchQuery(CITY, open)).isEqualTo("municipality=" + CITY + "&theme=legal-counselling");
    }

    private static Need need(PopulationGroup group, int severity, Integer affected, Integer inNeed, List<String> languages) {
        NeedsAssessment round = new NeedsAssessment(UUID.randomUUID(), CITY, new AssessmentContent("Survey 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), AssessmentMethod.SURVEY, Set.of(), Set.of(), 40,
                "City", null, AssessmentStatus.COMPLETED, List.of(), null));
        return new Need(UUID.randomUUID(), round, new NeedContent("housing", null, group, "A group's need.", severity, affected,
                inNeed, null, null, languages, null));
    }
}
