package eu.convivio.needs.web;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.application.AnalysisTable;
import eu.convivio.needs.application.GapAnalysis;
import eu.convivio.needs.application.NeedsAnalysis;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Analysis of a municipality's needs and the gap analysis against the catalogue, for its
 * officers, municipal administrators and council members (another municipality's assessment
 * answers 404). Every view is JSON by default and CSV with {@code format=csv} (or
 * {@code Accept: text/csv}); both carry the same flat table ({@link AnalysisTable}).
 */
@Path("needs")
@Tag(name = "Needs analysis", description = "Matrix, ranking, change between rounds and gap analysis")
public class AnalysisResource {

    @Inject
    private NeedsAnalysis analysis;

    @Inject
    private GapAnalysis gaps;

    @GET
    @Path("analysis/matrix")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Needs by theme × district: counts, severity-weighted sums, people in need")
    public Response matrix(@QueryParam("assessment") String assessment, @QueryParam("group") String group,
                           @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        NeedsAnalysis.Matrix m = analysis.matrix(required("assessment", assessment), group(group));
        return render(AnalysisTable.of(m), m.assessment(), m.group(), format, accept, Map.of(
                "total", m.total()));
    }

    @GET
    @Path("analysis/ranking")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Needs ranked by severity, then people in need")
    public Response ranking(@QueryParam("assessment") String assessment, @QueryParam("group") String group,
                            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        NeedsAnalysis.Ranking r = analysis.ranking(required("assessment", assessment), group(group));
        return render(AnalysisTable.of(r), r.assessment(), r.group(), format, accept, Map.of());
    }

    @GET
    @Path("analysis/change")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Change by theme and district between two assessment rounds of the same municipality")
    public Response change(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("group") String group,
                           @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        NeedsAnalysis.Change c = analysis.change(required("from", from), required("to", to), group(group));
        return render(AnalysisTable.of(c), c.to(), c.group(), format, accept, Map.of(
                "from", c.from().getId(), "before", c.before(), "after", c.after()));
    }

    @GET
    @Path("gaps")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Each need covered, partly covered or not covered by the catalogue's services; the gaps, most pressing first")
    public Response gaps(@QueryParam("assessment") String assessment, @QueryParam("group") String group,
                         @QueryParam("lang") String lang, @QueryParam("format") String format,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String language = lang == null || lang.isBlank() ? "en" : lang.strip();
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new Problem.Invalid("lang", "'" + lang + "' is not a language tag.");
        }
        GapAnalysis.Report g = gaps.report(required("assessment", assessment), group(group), language);
        if (csv(format, accept)) {
            return csvResponse(AnalysisTable.of(g), g.assessment());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", g.assessment().getId());
        body.put("populationGroup", g.group() == null ? null : g.group().code());
        Map<String, Integer> counts = new LinkedHashMap<>();
        g.counts().forEach((level, n) -> counts.put(level.code(), n));
        body.put("counts", counts);
        body.put("needs", g.needs().stream().map(AnalysisResource::judged).toList());
        body.put("gaps", g.gaps().stream().map(GapAnalysis.JudgedNeed::needId).toList());
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static Map<String, Object> judged(GapAnalysis.JudgedNeed n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("needId", n.needId());
        m.put("theme", n.theme());
        m.put("district", n.district());
        m.put("populationGroup", n.group().code());
        m.put("severity", n.severity());
        m.put("peopleInNeed", n.peopleInNeed());
        m.put("languages", n.languages());
        m.put("pressing", n.pressing());
        m.put("coverage", n.level().code());
        m.put("candidateServices", n.candidates());
        m.put("fullyMatchingServices", n.fullMatches());
        m.put("services", n.services().stream().map(s -> {
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("id", s.id());
            sv.put("name", s.name());
            sv.put("nameLanguage", s.textLanguage());
            sv.put("organization", s.organizationName());
            sv.put("matches", s.meets().stream().sorted().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            sv.put("page", "/catalogue/service.xhtml?id=" + s.id());
            return sv;
        }).toList());
        m.put("catalogueSearch", "/catalogue/search.xhtml?" + n.searchQuery());
        return m;
    }

    private static Response render(AnalysisTable table, NeedsAssessment a, PopulationGroup group, String format,
                                   String accept, Map<String, Object> extra) {
        if (csv(format, accept)) {
            return csvResponse(table, a);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("view", table.view());
        body.put("assessmentId", a.getId());
        body.put("populationGroup", group == null ? null : group.code());
        body.putAll(extra);
        body.put("columns", table.columns());
        body.put("rows", table.records());
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static Response csvResponse(AnalysisTable table, NeedsAssessment a) {
        return Response.ok(table.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"needs-" + table.view() + "-" + a.getId() + ".csv\"")
                .build();
    }

    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new Problem.Invalid("format", "Use csv or json.");
            };
        }
        return accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON);
    }

    private static UUID required(String name, String value) {
        UUID id = Parameters.uuid(name, value);
        if (id == null) {
            throw new Problem.Invalid(name, "Say which assessment (its id).");
        }
        return id;
    }

    private static PopulationGroup group(String value) {
        return Parameters.code("group", value, PopulationGroup.class);
    }
}
