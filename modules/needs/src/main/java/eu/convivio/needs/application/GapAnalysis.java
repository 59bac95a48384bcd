package eu.convivio.needs.application;

import eu.convivio.catalogue.api.ServiceCoverage;
import eu.convivio.catalogue.api.ServiceCoverage.Coverage;
import eu.convivio.catalogue.api.ServiceCoverage.Level;
import eu.convivio.catalogue.api.ServiceCoverage.NeedCriteria;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.GroupCriteria;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedsAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The gap analysis of an assessment: each need judged against the catalogue by
 * {@link ServiceCoverage} (all needs in one call), and the needs no service covers at all, most
 * pressing first. Only the municipality's readers see it.
 * <p>
 * A need's criteria: its theme, its municipality (service areas are municipalities), what its
 * population group means for eligibility ({@link GroupCriteria}) and the primary subtags of its
 * languages. <b>Pressing</b> = severity × people in need (people affected when no one is
 * counted in need, 1 when neither is estimated).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapAnalysis {

    /** Matching services listed per need. */
    public static final int SERVICES_PER_NEED = 5;

    @Inject
    private NeedsAnalysis analysis;

    @Inject
    private Assessments assessments;

    @Inject
    private ServiceCoverage coverage;

    /** A need with its coverage; {@code searchQuery} pre-fills the catalogue search (query string). */
    public record JudgedNeed(UUID needId, String theme, String district, PopulationGroup group, int severity,
                             Integer peopleInNeed, Integer peopleAffected, List<String> languages, String description,
                             Level level, int candidates, int fullMatches, List<ServiceCoverage.CoveringService> services,
                             long pressing, String searchQuery) {
    }

    public record Report(NeedsAssessment assessment, PopulationGroup group, List<JudgedNeed> needs,
                         List<JudgedNeed> gaps, Map<Level, Integer> counts) {
    }

    public Report report(UUID assessmentId, PopulationGroup group, String language) {
        NeedsAssessment a = assessments.assessment(assessmentId);
        List<Need> needs = analysis.needs(a, group);
        Map<UUID, String> districts = analysis.districtNames(a);
        List<NeedCriteria> criteria = needs.stream().map(n -> criteria(a.getMunicipalityId(), n)).toList();
        List<Coverage> covered = criteria.isEmpty() ? List.of() : coverage.coverage(criteria, language, SERVICES_PER_NEED);
        List<JudgedNeed> judged = new ArrayList<>();
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            counts.put(l, 0);
        }
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            Coverage c = covered.get(i);
            counts.merge(c.level(), 1, Integer::sum);
            judged.add(new JudgedNeed(n.getId(), n.getTheme(), districts.get(n.getDistrictId()), n.getPopulationGroup(),
                    n.getSeverity(), n.getPeopleInNeed(), n.getPeopleAffected(), n.getLanguages(), n.getDescription(),
                    c.level(), c.candidates(), c.fullMatches(), c.services(), pressing(n),
                    searchQuery(a.getMunicipalityId(), criteria.get(i))));
        }
        Comparator<JudgedNeed> byPressing = Comparator.comparingLong(JudgedNeed::pressing).reversed()
                .thenComparing(Comparator.comparingInt(JudgedNeed::severity).reversed())
                .thenComparing(JudgedNeed::theme).thenComparing(JudgedNeed::needId);
        List<JudgedNeed> all = judged.stream().sorted(Comparator.comparing(JudgedNeed::level).reversed()
                .thenComparing(byPressing)).toList();
        List<JudgedNeed> gaps = judged.stream().filter(j -> j.level() == Level.NOT_COVERED).sorted(byPressing).toList();
        return new Report(a, group, all, gaps, counts);
    }

    static NeedCriteria criteria(UUID municipality, Need n) {
        GroupCriteria g = GroupCriteria.of(n.getPopulationGroup());
        Set<String> languages = new LinkedHashSet<>();
        n.getLanguages().forEach(l -> languages.add(l.split("-")[0].toLowerCase(Locale.ROOT)));
        return new NeedCriteria(municipality, n.getTheme(), g.statuses(), g.minimumAge(), g.maximumAge(), g.gender(), languages);
    }

    static long pressing(Need n) {
        Integer people = n.getPeopleInNeed() != null && n.getPeopleInNeed() > 0 ? n.getPeopleInNeed() : n.getPeopleAffected();
        return (long) n.getSeverity() * (people == null || people == 0 ? 1 : people);
    }

    /**
     * The portal search's parameters for the need: municipality and theme, and the group's
     * residence status and first language when it has exactly one / any.
     */
    static String searchQuery(UUID municipality, NeedCriteria c) {
        StringBuilder q = new StringBuilder("municipality=").append(municipality).append("&theme=").append(encode(c.themeCode()));
        if (c.statuses().size() == 1) {
            q.append("&status=").append(c.statuses().iterator().next().code());
        }
        c.languages().stream().findFirst().ifPresent(l -> q.append("&spoken=").append(encode(l)));
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
