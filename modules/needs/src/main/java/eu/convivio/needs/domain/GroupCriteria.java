package eu.convivio.needs.domain;

import eu.convivio.catalogue.api.ResidenceStatus;
import eu.convivio.needs.api.PopulationGroup;

import java.util.Set;

/**
 * What a population group means for a service's eligibility in the gap analysis: the residence
 * statuses, ages and gender of its members. Groups defined by something the catalogue does not
 * record (disability, studies) or by nothing at all (all newcomers) restrict nothing.
 *
 * @param minimumAge null: no lower bound; maximumAge null: no upper bound; gender null: any
 */
public record GroupCriteria(Set<ResidenceStatus> statuses, Integer minimumAge, Integer maximumAge, String gender) {

    public static GroupCriteria of(PopulationGroup group) {
        return switch (group) {
            case ASYLUM_SEEKERS -> statuses(ResidenceStatus.ASYLUM_SEEKER);
            case REFUGEES -> statuses(ResidenceStatus.INTERNATIONAL_PROTECTION);
            case SUBSIDIARY_PROTECTION -> statuses(ResidenceStatus.SUBSIDIARY_PROTECTION);
            case TEMPORARY_PROTECTION -> statuses(ResidenceStatus.TEMPORARY_PROTECTION);
            case FAMILY_REUNIFICATION -> statuses(ResidenceStatus.FAMILY_REUNIFICATION);
            case WOMEN -> new GroupCriteria(Set.of(), null, null, "female");
            case UNACCOMPANIED_MINORS, CHILDREN -> new GroupCriteria(Set.of(), 0, 17, null);
            case YOUNG_PEOPLE -> new GroupCriteria(Set.of(), 15, 29, null);
            case OLDER_PEOPLE -> new GroupCriteria(Set.of(), 65, null, null);
            case WORKERS -> new GroupCriteria(Set.of(), 18, null, null);
            case ALL_NEWCOMERS, PEOPLE_WITH_DISABILITIES, STUDENTS -> new GroupCriteria(Set.of(), null, null, null);
        };
    }

    private static GroupCriteria statuses(ResidenceStatus status) {
        return new GroupCriteria(Set.of(status), null, null, null);
    }
}
