package eu.convivio.needs.domain;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.needs.api.PopulationGroup;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What each population group asks of a service's eligibility in the gap analysis. */
class GroupCriteriaTest {

    @Test
    void statusGroupsAskForTheirStatus() {
        assertThat(GroupCriteria.of(PopulationGroup.ASYLUM_SEEKERS).statuses()).containsExactly(ResidenceStatus.ASYLUM_SEEKER);
        assertThat(GroupCriteria.of(PopulationGroup.REFUGEES).statuses()).containsExactly(ResidenceStatus.INTERNATIONAL_PROTECTION);
        assertThat(GroupCriteria.of(PopulationGroup.TEMPORARY_PROTECTION).statuses())
                .containsExactly(ResidenceStatus.TEMPORARY_PROTECTION);
    }

    @Test
    void ageAndGenderGroupsAskForTheirAgesAndGender() {
        assertThat(GroupCriteria.of(PopulationGroup.CHILDREN)).isEqualTo(new GroupCriteria(Set.of(), 0, 17, null));
        assertThat(GroupCriteria.of(PopulationGroup.UNACCOMPANIED_MINORS).maximumAge()).isEqualTo(17);
        assertThat(GroupCriteria.of(PopulationGroup.OLDER_PEOPLE)).isEqualTo(new GroupCriteria(Set.of(), 65, null, null));
        assertThat(GroupCriteria.of(PopulationGroup.WOMEN).gender()).isEqualTo("female");
    }

    @Test
    void groupsTheCatalogueCannotTellApartRestrictNothing() {
        for (PopulationGroup g : Set.of(PopulationGroup.ALL_NEWCOMERS, PopulationGroup.STUDENTS,
                PopulationGroup.PEOPLE_WITH_DISABILITIES)) {
            assertThat(GroupCriteria.of(g)).isEqualTo(new GroupCriteria(Set.of(), null, null, null));
        }
    }
}
