package eu.convivio.needs.web;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.PublishedNeeds;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.needs.domain.SuppressedTable;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What municipalities share of their needs assessments: published ones only, and of those only
 * counts of needs and people in need by theme × district or population group, with every count
 * under 5 shown as {@code "fewer than 5"} (suppressed: true, no numbers).
 */
@Path("needs/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs (published)", description = "Aggregated, small-count-suppressed views of published needs assessments")
public class PublicNeedsResource {

    @Inject
    private Assessments assessments;

    @Inject
    private PublishedNeeds published;

    @Inject
    private Directory directory;

    public record PublishedAssessment(UUID id, UUID municipalityId, String municipality, String title,
                                      LocalDate periodStart, LocalDate periodEnd, String method, String status,
                                      List<String> populationGroups, Integer participants, String leadOrganisation,
                                      String summary, Instant publishedAt) {
    }

    /** One shown count: suppressed entries carry no numbers and the text "fewer than 5". */
    public record Count(boolean suppressed, Long needs, Long peopleInNeed, String shown) {
        static Count of(SuppressedTable.Entry e) {
            return new Count(e.suppressed(), e.needs(), e.peopleInNeed(),
                    e.suppressed() ? "fewer than " + SuppressedTable.THRESHOLD : null);
        }
    }

    public record Column(String key, String label) {
    }

    public record Row(String theme, List<Count> cells, Count total) {
    }

    public record AggregatedView(PublishedAssessment assessment, String dimension, int threshold, List<Column> columns,
                                 List<Row> rows, List<Count> columnTotals, Count total) {
    }

    @GET
    @Path("assessments")
    @PermitAll
    @Operation(summary = "Published needs assessments of every municipality, latest first")
    public List<PublishedAssessment> list() {
        return assessments.published().stream().map(this::describe).toList();
    }

    @GET
    @Path("assessments/{id}")
    @PermitAll
    @Operation(summary = "One published assessment (404 when it is not published)")
    public PublishedAssessment get(@PathParam("id") String id) {
        return describe(published.assessment(Parameters.pathId(id, "published assessment")));
    }

    @GET
    @Path("assessments/{id}/by-district")
    @PermitAll
    @Operation(summary = "Open needs and people in need by theme × district (key \"\" = whole municipality), small counts suppressed")
    public AggregatedView byDistrict(@PathParam("id") String id) {
        return view(published.byDistrict(Parameters.pathId(id, "published assessment")));
    }

    @GET
    @Path("assessments/{id}/by-population-group")
    @PermitAll
    @Operation(summary = "Open needs and people in need by theme × population group, small counts suppressed")
    public AggregatedView byPopulationGroup(@PathParam("id") String id) {
        return view(published.byPopulationGroup(Parameters.pathId(id, "published assessment")));
    }

    private AggregatedView view(PublishedNeeds.View v) {
        SuppressedTable t = v.table();
        List<Column> columns = new ArrayList<>();
        v.columnNames().forEach((key, name) -> columns.add(new Column(key, key.isEmpty() ? "whole municipality" : name)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            rows.add(new Row(t.rows().get(i), t.row(i).stream().map(Count::of).toList(), Count.of(t.rowTotal(i))));
        }
        List<Count> totals = new ArrayList<>();
        for (int j = 0; j < t.columns().size(); j++) {
            totals.add(Count.of(t.columnTotal(j)));
        }
        return new AggregatedView(describe(v.assessment()), v.dimension(), SuppressedTable.THRESHOLD, columns, rows,
                totals, Count.of(t.total()));
    }

    private PublishedAssessment describe(NeedsAssessment a) {
        String municipality = directory.municipality(a.getMunicipalityId()).map(MunicipalitySummary::name).orElse(null);
        return new PublishedAssessment(a.getId(), a.getMunicipalityId(), municipality, a.getTitle(), a.getPeriodStart(),
                a.getPeriodEnd(), Parameters.code(a.getMethod()), Parameters.code(a.getStatus()),
                a.getPopulationGroups().stream().sorted().toList(), a.getParticipants(), a.getLeadOrganisation(),
                a.getSummary(), a.getPublishedAt());
    }
}
