package eu.convivio.strategy.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.application.Consultation;
import eu.convivio.strategy.domain.CommentAnswer;
import eu.convivio.strategy.domain.CommentTarget;
import eu.convivio.strategy.domain.ConsultationComment;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import eu.convivio.platform.api.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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

import java.util.List;

/**
 * Public consultation on a strategy's draft. Comments are taken during the window, from signed-in
 * users and, where the strategy allows it, from the public; the secretariat (council members of
 * the strategy's municipality) answers them; the report is public once the window is over.
 */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy consultation", description = "Comments on a draft in public consultation, their answers and the report")
public class ConsultationResource {

    @Inject
    private Consultation consultation;

    @Context
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private UriInfo uri;

    /** A comment: {@code targetKind} SECTION or MEASURE, {@code targetId} the section's or measure's id (lineage). */
    public record CommentRequest(String targetKind, String targetId, String text, String authorName, String authorOrganisation) {
    }

    /** An answer: ACCEPTED, PARTLY_ACCEPTED or REJECTED, with the reason; {@code version} as read (or If-Match). */
    public record AnswerRequest(String answer, String reason, Long version) {
    }

    @GET
    @Path("{id}/consultation")
    @PermitAll
    @Operation(summary = "The consultation of the open draft: window, whether comments are taken today, and what may be commented on")
    public Consultation.Status status(@PathParam("id") String id) {
        return consultation.status(Ids.path(id, "strategy"));
    }

    @POST
    @Path("{id}/consultation/comments")
    @PermitAll
    @Operation(summary = "Comment on a section or measure during the window (the public too, where the strategy allows it)")
    public Response comment(@PathParam("id") String id, CommentRequest body) {
        CommentRequest r = Ids.body(body);
        CommentTarget kind = Ids.choice(CommentTarget.class, r.targetKind(), "targetKind",
                "The target is section or measure.");
        var draft = new ConsultationComment.Draft(kind, Ids.field(r.targetId(), "targetId"), r.text(), r.authorName(),
                r.authorOrganisation());
        Consultation.CommentView saved = consultation.comment(Ids.path(id, "strategy"), draft, clientAddress.of(request));
        return Response.created(uri.getBaseUriBuilder().path("strategies").path(id).path("consultation/comments")
                .path(saved.id().toString()).build()).entity(saved).build();
    }

    @GET
    @Path("{id}/consultation/comments")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Every comment with its answer, for the secretariat (council of the strategy's municipality)")
    public List<Consultation.CommentView> comments(@PathParam("id") String id, @QueryParam("unanswered") boolean unanswered) {
        return consultation.forSecretariat(Ids.path(id, "strategy"), unanswered);
    }

    @PUT
    @Path("{id}/consultation/comments/{comment}/answer")
    @RolesAllowed({Role.Groups.COUNCIL, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Answer a comment (or change the answer); If-Match or version: the comment's version as read")
    public Response answer(@PathParam("id") String id, @PathParam("comment") String comment,
                           @HeaderParam("If-Match") String ifMatch, AnswerRequest body) {
        AnswerRequest r = Ids.body(body);
        Long seen = ifMatch == null && r.version() == null ? null : IfMatch.version(ifMatch, r.version());
        CommentAnswer answer = Ids.choice(CommentAnswer.class, r.answer(), "answer",
                "The answer is accepted, partly_accepted or rejected.");
        Consultation.CommentView saved = consultation.answer(Ids.path(id, "strategy"), Ids.path(comment, "comment"), seen,
                answer, r.reason());
        return Response.ok(saved).tag(new EntityTag(Long.toString(saved.version()))).build();
    }

    @GET
    @Path("{id}/consultation/report")
    @PermitAll
    @Operation(summary = "The consultation report (counts by answer and by section, every comment with its answer); "
            + "public once the window is over, before that only for the secretariat (409 for others)")
    public Consultation.Report report(@PathParam("id") String id, @QueryParam("version") Integer version) {
        return consultation.report(Ids.path(id, "strategy"), version);
    }
}
