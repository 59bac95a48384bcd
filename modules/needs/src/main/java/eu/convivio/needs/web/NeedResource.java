package eu.convivio.needs.web;

import eu.convivio.catalogue.api.Themes;
import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.needs.application.NeedsRegister;
import eu.convivio.needs.domain.Need;
import eu.convivio.needs.domain.NeedContent;
import eu.convivio.needs.domain.NeedStatus;
import eu.convivio.needs.infrastructure.NeedQueries;
import eu.convivio.platform.api.AuditHistory;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Needs of a municipality: aggregated data about groups, never persons. Read by the
 * municipality's officers, municipal administrators and council members; written, validated
 * and moved on by its officers and municipal administrators.
 */
@Path("needs/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs register", description = "Needs assessments, needs and districts of a municipality")
public class NeedResource {

    @Inject
    private NeedsRegister register;

    @Inject
    private Themes themes;

    @Context
    private UriInfo uri;

    /**
     * A need as an editor sends it. {@code theme}: a convivio-themes code; {@code districtId}:
     * null for the whole municipality; {@code populationGroup}: e.g. temporary-protection;
     * {@code severity}: 1 (minor) to 5 (critical); {@code languages}: BCP 47 tags.
     */
    public record NeedRequest(UUID assessmentId, Long version, String theme, UUID districtId, String populationGroup,
                              String description, Integer severity, Integer peopleAffected, Integer peopleInNeed,
                              String evidence, String source, List<String> languages, String recommendedActions) {

        NeedContent content() {
            PopulationGroup group = null;
            if (populationGroup != null && !populationGroup.isBlank()) {
                try {
                    group = PopulationGroup.ofCode(populationGroup);
                } catch (IllegalArgumentException e) {
                    throw new Problem.Invalid("populationGroup", "'" + populationGroup + "' is not a population group code such as refugees or women.");
                }
            }
            return new NeedContent(theme == null ? null : theme.strip(), districtId, group, description, severity,
                    peopleAffected, peopleInNeed, evidence, source, languages, recommendedActions);
        }
    }

    public record StatusRequest(String status, Long version) {
    }

    public record NeedView(UUID id, UUID assessmentId, UUID municipalityId, String theme, UUID districtId,
                           String populationGroup, String description, int severity, Integer peopleAffected,
                           Integer peopleInNeed, String evidence, String source, List<String> languages, String status,
                           String recommendedActions, String validatedBy, Instant validatedAt, Instant lastModified,
                           long version) {
        static NeedView of(Need n) {
            return new NeedView(n.getId(), n.getAssessmentId(), n.getMunicipalityId(), n.getTheme(), n.getDistrictId(),
                    n.getPopulationGroup().code(), n.getDescription(), n.getSeverity(), n.getPeopleAffected(),
                    n.getPeopleInNeed(), n.getEvidence(), n.getSource(), n.getLanguages(), n.getStatus().code(),
                    n.getRecommendedActions(), n.getValidatedBy(), n.getValidatedAt(), n.getLastModified(), n.getVersion());
        }
    }

    public record NeedPage(List<NeedView> items, long total, int page, int size) {
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Needs of a municipality (default: the one you work in) or of one assessment, filtered, "
            + "sorted (severity, people-in-need, theme, status, last-modified) and paged")
    public NeedPage search(@QueryParam("municipalityId") String municipalityId,
                           @QueryParam("assessmentId") String assessmentId,
                           @QueryParam("theme") String theme,
                           @QueryParam("districtId") String districtId,
                           @QueryParam("populationGroup") String populationGroup,
                           @QueryParam("severity") String severity,
                           @QueryParam("minSeverity") String minSeverity,
                           @QueryParam("status") String status,
                           @QueryParam("sort") String sort,
                           @QueryParam("page") @DefaultValue("0") String page,
                           @QueryParam("size") @DefaultValue("50") String size) {
        boolean whole = "whole".equals(districtId);
        if (theme != null && !theme.isBlank() && themes.byCode(theme.strip()).isEmpty()) {
            throw new Problem.Invalid("theme", "Unknown theme '" + theme + "'; use a code of " + Themes.TAXONOMY + ".");
        }
        String group = null;
        if (populationGroup != null && !populationGroup.isBlank()) {
            group = Parameters.code("populationGroup", populationGroup, PopulationGroup.class).code();
        }
        var filter = new NeedQueries.Filter(null, Parameters.uuid("municipalityId", municipalityId),
                Parameters.uuid("assessmentId", assessmentId), theme == null || theme.isBlank() ? null : theme.strip(),
                whole ? null : Parameters.uuid("districtId", districtId), whole, group,
                Parameters.integer("severity", severity, 1, 5), Parameters.integer("minSeverity", minSeverity, 1, 5),
                Parameters.code("status", status, NeedStatus.class));
        int p = Parameters.integer("page", page, 0, Integer.MAX_VALUE);
        int s = Parameters.integer("size", size, 1, NeedsRegister.MAX_PAGE_SIZE);
        NeedQueries.Page result = register.search(filter, Parameters.code("sort", sort, NeedQueries.Sort.class), p, s);
        return new NeedPage(result.needs().stream().map(NeedView::of).toList(), result.total(), p, s);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One need")
    public Response get(@PathParam("id") String id) {
        return tagged(register.need(Parameters.pathId(id, "need")), Response.ok());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The need's changes from the audit log, oldest first")
    public List<AuditHistory.Entry> history(@PathParam("id") String id) {
        return register.history(Parameters.pathId(id, "need"));
    }

    @POST
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Record a need of an assessment (status identified)")
    public Response create(NeedRequest request) {
        Need n = register.create(Parameters.required(request).assessmentId(), request.content());
        return tagged(n, Response.created(uri.getAbsolutePathBuilder().path(n.getId().toString()).build()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Rewrite a need; If-Match (or version in the body) carries the version that was read")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, NeedRequest request) {
        Parameters.required(request);
        long version = IfMatch.version(ifMatch, request.version());
        return tagged(register.update(Parameters.pathId(id, "need"), version, request.content()), Response.ok());
    }

    @POST
    @Path("{id}/validate")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Mark an identified need validated (records who and when); If-Match optional")
    public Response validate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return tagged(register.validate(Parameters.pathId(id, "need"), IfMatch.optional(ifMatch)), Response.ok());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Move a need to identified, validated, addressed or closed; If-Match or version optional")
    public Response status(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusRequest request) {
        Parameters.required(request);
        Long version = IfMatch.optional(ifMatch);
        NeedStatus target = Parameters.code("status", request.status(), NeedStatus.class);
        return tagged(register.moveTo(Parameters.pathId(id, "need"), version != null ? version : request.version(), target),
                Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove a need recorded by mistake (a need that was met is closed instead); If-Match required")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        register.delete(Parameters.pathId(id, "need"), IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    private static Response tagged(Need n, Response.ResponseBuilder builder) {
        return builder.entity(NeedView.of(n)).tag(new EntityTag(Long.toString(n.getVersion()))).build();
    }
}
