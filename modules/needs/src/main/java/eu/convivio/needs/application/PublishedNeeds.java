package eu.convivio.needs.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.domain.District;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.domain.SuppressedTable;
import eu.convivio.needs.infrastructure.NeedQueries;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a published assessment shows to other cities and the public: the number of open needs and
 * people in need by theme × district and by theme × population group, small counts suppressed
 * ({@link SuppressedTable}). Nothing of an unpublished assessment: it does not exist for them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedNeeds {

    /** The key of needs that concern the whole municipality in the district view. */
    public static final String WHOLE_MUNICIPALITY = "";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Themes themes;

    /** The aggregated view: which dimension, the row (theme) and column keys and the shown table. */
    public record View(NeedsAssessment assessment, String dimension, List<String> themeCodes,
                       Map<String, String> columnNames, SuppressedTable table) {
    }

    public View byDistrict(UUID assessmentId) {
        NeedsAssessment a = assessment(assessmentId);
        Map<String, String> columns = new LinkedHashMap<>();
        em.createQuery("SELECT d FROM District d WHERE d.municipalityId = :m ORDER BY d.name", District.class)
                .setParameter("m", a.getMunicipalityId()).getResultList()
                .forEach(d -> columns.put(d.getId().toString(), d.getName()));
        columns.put(WHOLE_MUNICIPALITY, null);
        return view(a, "district", "district_id", columns);
    }

    public View byPopulationGroup(UUID assessmentId) {
        NeedsAssessment a = assessment(assessmentId);
        Map<String, String> columns = new LinkedHashMap<>();
        Arrays.stream(PopulationGroup.values()).forEach(g -> columns.put(g.code(), g.code()));
        return view(a, "population-group", "population_group", columns);
    }

    private View view(NeedsAssessment a, String dimension, String column, Map<String, String> columns) {
        Map<String, Map<String, SuppressedTable.Count>> counts = new NeedQueries(em).counts(a.getId(), column);
        // every theme of the taxonomy is a row, so that an empty row says "none recorded" rather than hiding the theme
        List<String> rows = new ArrayList<>(themes.all().stream().map(Theme::code).toList());
        counts.keySet().stream().filter(code -> !rows.contains(code)).forEach(rows::add);
        SuppressedTable table = SuppressedTable.of(rows, List.copyOf(columns.keySet()), counts);
        return new View(a, dimension, rows, columns, table);
    }

    /** A published assessment, for anyone; an unpublished one does not exist here, not even for its own municipality. */
    public NeedsAssessment assessment(UUID id) {
        NeedsAssessment a = id == null ? null : em.find(NeedsAssessment.class, id);
        // members see their own unpublished assessment in full elsewhere; the shared view exists only once published
        if (a == null || !a.isPublished()) {
            throw new Problem.NotFound("No such published assessment.");
        }
        return a;
    }
}
