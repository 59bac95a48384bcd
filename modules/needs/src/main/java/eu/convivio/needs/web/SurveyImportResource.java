package eu.convivio.needs.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.needs.application.SurveyImports;
import eu.convivio.needs.domain.ColumnMapping;
import eu.convivio.needs.domain.ImportField;
import eu.convivio.needs.domain.ImportMapping;
import eu.convivio.needs.domain.RowError;
import eu.convivio.needs.domain.SurveyImport.PlannedNeed;
import eu.convivio.needs.domain.SurveyRejected;
import eu.convivio.needs.domain.SurveyShape;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Survey import into an assessment. The file is the request body ({@code text/csv}); it is read
 * with the assessment's saved column mapping (PUT {@code import-mapping} first), or, when none is
 * saved, with the mapping its headers suggest. {@code commit=false} (the default) previews,
 * {@code commit=true} stores all needs or none. A file with errors answers 422
 * {@code invalid-import} listing every error with its line.
 * <p>
 * The root path is {@link AssessmentResource}'s: Jersey merges the two classes. A root of its own
 * ({@code needs/assessments/{id}}) would capture every request under an assessment and hide the
 * other class's methods (JAX-RS picks one root class and does not come back).
 */
@Path("needs/assessments")
@Tag(name = "Needs import", description = "CSV survey import into a needs assessment")
public class SurveyImportResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private SurveyImports imports;

    /** A column mapping as exchanged: field code → column header, label → code. */
    public record MappingView(String shape, Map<String, String> columns, Map<String, String> themeValues,
                              Map<String, String> groupValues, Map<String, String> districtValues, Long version) {

        static MappingView of(ColumnMapping m, Long version) {
            Map<String, String> columns = new LinkedHashMap<>();
            m.columns().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> columns.put(e.getKey().code(), e.getValue()));
            return new MappingView(m.shape().code(), columns, m.themeValues(), m.groupValues(), m.districtValues(), version);
        }

        ColumnMapping mapping() {
            SurveyShape s = shape == null ? SurveyShape.NEED_PER_ROW : Parameters.code("shape", shape, SurveyShape.class);
            Map<ImportField, String> cols = new EnumMap<>(ImportField.class);
            if (columns != null) {
                columns.forEach((field, header) -> {
                    try {
                        cols.put(ImportField.ofCode(field), header);
                    } catch (IllegalArgumentException e) {
                        throw new Problem.Invalid("columns." + field, "Not a field of a need; use theme, district, "
                                + "population-group, severity, people-affected, people-in-need, description, languages, "
                                + "evidence, source or recommended-actions.");
                    }
                });
            }
            return new ColumnMapping(s, cols, themeValues, groupValues, districtValues);
        }
    }

    /** A need as a preview shows it. */
    public record PlannedView(List<Integer> lines, String theme, String district, String populationGroup, int severity,
                              Integer peopleAffected, Integer peopleInNeed, String description, List<String> languages,
                              String evidence, String source) {
        static PlannedView of(PlannedNeed p) {
            var c = p.content();
            return new PlannedView(p.lines(), c.themeCode(), p.districtName(), c.populationGroup().code(), c.severity(),
                    c.peopleAffected(), c.peopleInNeed(), c.description(), c.languages(), c.evidence(), c.source());
        }
    }

    public record PreviewView(List<String> headers, String delimiter, MappingView mapping, int rows, int needs,
                              List<PlannedView> preview, List<RowError> errors) {
    }

    public record ImportedView(UUID assessmentId, int rows, int needsCreated, List<UUID> needs) {
    }

    @GET
    @Path("{id}/import-mapping")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The column mapping saved for the assessment's survey imports (404 when none is saved)")
    public Response mapping(@PathParam("id") String id) {
        ImportMapping saved = imports.savedMapping(Parameters.pathId(id, "assessment"));
        if (saved == null) {
            throw new Problem.NotFound("No column mapping is saved for this assessment yet.");
        }
        return Response.ok(MappingView.of(saved.mapping(), saved.getVersion()))
                .tag(new EntityTag(Long.toString(saved.getVersion()))).build();
    }

    @PUT
    @Path("{id}/import-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Saves the column mapping of the assessment's survey imports")
    public Response saveMapping(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, MappingView body) {
        MappingView request = Parameters.required(body);
        Long version = ifMatch != null || request.version() != null ? IfMatch.version(ifMatch, request.version()) : null;
        ImportMapping saved = imports.saveMapping(Parameters.pathId(id, "assessment"), request.mapping(), version);
        return Response.ok(MappingView.of(saved.mapping(), saved.getVersion()))
                .tag(new EntityTag(Long.toString(saved.getVersion()))).build();
    }

    @POST
    @Path("{id}/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Previews (commit=false) or imports (commit=true) a CSV survey export into the assessment")
    public Response importSurvey(@PathParam("id") String id, @QueryParam("commit") String commit,
                                 @QueryParam("file") String fileName, byte[] body) {
        UUID assessment = Parameters.pathId(id, "assessment");
        boolean store = switch (commit == null ? "false" : commit.strip()) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new Problem.Invalid("commit", "Use true (store) or false (preview).");
        };
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        try {
            if (store) {
                SurveyImports.Imported done = imports.commit(assessment, body == null ? new byte[0] : body, name, null);
                return Response.status(Response.Status.CREATED)
                        .entity(new ImportedView(done.assessmentId(), done.rows(), done.needs().size(), done.needs())).build();
            }
            SurveyImports.Preview p = imports.preview(assessment, body == null ? new byte[0] : body, name, null);
            if (!p.errors().isEmpty()) {
                throw new SurveyRejected(p.errors().size() + (p.errors().size() == 1 ? " error" : " errors") + " in the file",
                        p.errors());
            }
            return Response.ok(new PreviewView(p.headers(), String.valueOf(p.delimiter()), MappingView.of(p.mapping(), null),
                    p.rows(), p.needs(), p.first().stream().map(PlannedView::of).toList(), p.errors())).build();
        } catch (SurveyRejected rejected) {
            return rejection(rejected);
        } catch (RuntimeException e) {
            // the transactional proxy may wrap the rejection
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SurveyRejected rejected) {
                    return rejection(rejected);
                }
            }
            throw e;
        }
    }

    /** The catalogue import's problem type: 422 with every error, nothing stored. */
    static Response rejection(SurveyRejected rejected) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://convivio.eu/problems/invalid-import");
        problem.put("title", "Invalid import");
        problem.put("status", 422);
        problem.put("detail", rejected.getMessage() + "; nothing was imported.");
        problem.put("errors", rejected.errors());
        try {
            return Response.status(422).type("application/problem+json").entity(JSON.writeValueAsString(problem)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
