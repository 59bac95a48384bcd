package eu.convivio.needs.web;

import eu.convivio.needs.application.Assessments;
import eu.convivio.needs.application.RegisterAccess;
import eu.convivio.needs.domain.AssessmentContent;
import eu.convivio.needs.domain.AssessmentMethod;
import eu.convivio.needs.domain.AssessmentStatus;
import eu.convivio.needs.domain.AttachmentLink;
import eu.convivio.needs.domain.NeedsAssessment;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Needs assessments of a municipality: private to its officers, municipal administrators and
 * council members (others get 404), written by its officers and municipal administrators.
 * Publishing one shares only its aggregated view, under {@code /api/needs/public}.
 */
@Path("needs/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Needs register", description = "Needs assessments, needs and districts of a municipality")
public class AssessmentResource {

    @Inject
    private Assessments assessments;

    @Inject
    private RegisterAccess access;

    @Context
    private UriInfo uri;

    public record Attachment(String title, String url) {
    }

    /**
     * An assessment as an editor sends it. {@code method}: survey, consultation-workshop,
     * focus-group, interviews, administrative-data, provider-reports; {@code status}: planned,
     * in-progress, completed; {@code populationGroups}: codes such as refugees, women.
     */
    public record AssessmentRequest(UUID municipalityId, Long version, String title, LocalDate periodStart,
                                    LocalDate periodEnd, String method, List<UUID> districts,
                                    List<String> populationGroups, Integer participants, String leadOrganisation,
                                    String partners, String status, List<Attachment> attachments, String summary) {

        AssessmentContent content() {
            return new AssessmentContent(title == null ? null : title.strip(), periodStart, periodEnd,
                    Parameters.code("method", method, AssessmentMethod.class),
                    districts == null ? null : new HashSet<>(districts),
                    populationGroups == null ? null : new HashSet<>(populationGroups), participants,
                    leadOrganisation == null ? null : leadOrganisation.strip(), blankToNull(partners),
                    Parameters.code("status", status, AssessmentStatus.class),
                    attachments == null ? null : attachments.stream()
                            .map(a -> a == null ? null : new AttachmentLink(a.title() == null ? null : a.title().strip(),
                                    a.url() == null ? null : a.url().strip())).toList(),
                    blankToNull(summary));
        }
    }

    public record AssessmentView(UUID id, UUID municipalityId, String title, LocalDate periodStart, LocalDate periodEnd,
                                 String method, List<UUID> districts, List<String> populationGroups,
                                 Integer participants, String leadOrganisation, String partners, String status,
                                 List<Attachment> attachments, String summary, boolean published,
                                 Instant publishedAt, Instant lastModified, long version) {
        static AssessmentView of(NeedsAssessment a) {
            return new AssessmentView(a.getId(), a.getMunicipalityId(), a.getTitle(), a.getPeriodStart(), a.getPeriodEnd(),
                    Parameters.code(a.getMethod()), a.getDistricts().stream().sorted().toList(),
                    a.getPopulationGroups().stream().sorted().toList(), a.getParticipants(), a.getLeadOrganisation(),
                    a.getPartners(), Parameters.code(a.getStatus()),
                    a.getAttachments().stream().map(l -> new Attachment(l.getTitle(), l.getUrl())).toList(),
                    a.getSummary(), a.isPublished(), a.getPublishedAt(), a.getLastModified(), a.getVersion());
        }
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "The assessments of a municipality (default: the one you work in), latest first")
    public List<AssessmentView> list(@QueryParam("municipalityId") String municipalityId) {
        UUID municipality = Parameters.uuid("municipalityId", municipalityId);
        return assessments.of(municipality != null ? municipality : access.defaultMunicipality(false))
                .stream().map(AssessmentView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One assessment, for its municipality's readers")
    public Response get(@PathParam("id") String id) {
        return tagged(assessments.assessment(Parameters.pathId(id, "assessment")), Response.ok());
    }

    @POST
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Record a new assessment")
    public Response create(AssessmentRequest request) {
        NeedsAssessment a = assessments.create(Parameters.required(request).municipalityId(), request.content());
        return tagged(a, Response.created(uri.getAbsolutePathBuilder().path(a.getId().toString()).build()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Rewrite an assessment; If-Match (or version in the body) carries the version that was read")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, AssessmentRequest request) {
        Parameters.required(request);
        long version = IfMatch.version(ifMatch, request.version());
        return tagged(assessments.update(Parameters.pathId(id, "assessment"), version, request.content()), Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Remove an assessment that has no needs; If-Match required")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        assessments.delete(Parameters.pathId(id, "assessment"), IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Share the aggregated, small-count-suppressed view with everyone; If-Match optional")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return tagged(assessments.publish(Parameters.pathId(id, "assessment"), IfMatch.optional(ifMatch)), Response.ok());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Stop sharing the aggregated view; If-Match optional")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return tagged(assessments.withdraw(Parameters.pathId(id, "assessment"), IfMatch.optional(ifMatch)), Response.ok());
    }

    private static Response tagged(NeedsAssessment a, Response.ResponseBuilder builder) {
        return builder.entity(AssessmentView.of(a)).tag(new EntityTag(Long.toString(a.getVersion()))).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
