package eu.convivio.catalogue.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * How well the catalogue's active services cover a set of needs (the needs module's gap analysis).
 * A need is described by the four criteria of the gap analysis; each is answered for every service
 * that offers the need's theme in the need's area, all needs in one call (one database round trip).
 * <p>
 * Rules (see docs/needs/analysis.md, "Gap rules"):
 * <ul>
 *     <li><b>theme</b>: the service is tagged with the need's theme code;</li>
 *     <li><b>area</b>: one of the service's areas is the need's municipality (service areas name
 *     municipalities, not districts, so a district is served by every service of its municipality);</li>
 *     <li><b>eligibility</b>: the service admits at least part of the group: it is open to every
 *     residence status or to one of the group's (a group that names none is not restricted), its age
 *     limits overlap the group's age range, and it is open to every gender or to the group's;</li>
 *     <li><b>language</b>: the service is offered in one of the group's languages (a need that names no
 *     language meets this criterion).</li>
 * </ul>
 * Only services meeting theme and area are <i>candidates</i>; {@link Coverage#level()} says whether a
 * candidate meets all criteria ({@link Level#COVERED}), candidates exist but none meets all
 * ({@link Level#PARTLY_COVERED}), or no candidate exists ({@link Level#NOT_COVERED}).
 */
public interface ServiceCoverage {

    /** At most this many needs in one call. */
    int MAX_NEEDS = 10_000;

    /**
     * The coverage of each need, in the order given, with up to {@code servicesPerNeed} best candidates
     * (most criteria met first, then by name); names are read in {@code language} where the service
     * has a text in it, else in the service's own language.
     */
    List<Coverage> coverage(List<NeedCriteria> needs, String language, int servicesPerNeed);

    /** One criterion of the gap analysis. */
    enum Criterion { THEME, AREA, ELIGIBILITY, LANGUAGE }

    /** Covered: a service meets all criteria; partly: only services meeting some; not: no service of the theme in the area. */
    enum Level {
        COVERED, PARTLY_COVERED, NOT_COVERED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What a need asks of a service.
     *
     * @param statuses    residence statuses of the group; empty: any status
     * @param minimumAge  youngest age in the group, {@code null}: no lower bound
     * @param maximumAge  oldest age in the group, {@code null}: no upper bound
     * @param gender      {@code female}, {@code male} or {@code non_binary} when the group is of one gender, else {@code null}
     * @param languages   ISO 639 codes the group speaks; empty: no language asked for
     */
    record NeedCriteria(UUID municipalityId, String themeCode, Set<ResidenceStatus> statuses,
                        Integer minimumAge, Integer maximumAge, String gender, Set<String> languages) {

        public NeedCriteria {
            Objects.requireNonNull(municipalityId, "municipalityId");
            Objects.requireNonNull(themeCode, "themeCode");
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
                throw new IllegalArgumentException("minimumAge > maximumAge");
            }
        }
    }

    /**
     * A need's coverage: how many candidates (theme and area), how many meet every criterion, and the
     * best candidates.
     */
    record Coverage(int candidates, int fullMatches, List<CoveringService> services) {

        public Coverage {
            services = List.copyOf(services);
        }

        public Level level() {
            return fullMatches > 0 ? Level.COVERED : candidates > 0 ? Level.PARTLY_COVERED : Level.NOT_COVERED;
        }
    }

    /** A candidate service and the criteria it meets (always theme and area). */
    record CoveringService(UUID id, String name, String textLanguage, String organizationName,
                           Set<Criterion> meets) {

        public CoveringService {
            meets = Set.copyOf(meets);
        }

        public boolean meetsAll() {
            return meets.size() == Criterion.values().length;
        }
    }
}
