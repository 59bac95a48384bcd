package eu.convivio.training.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import eu.convivio.training.application.CourseCatalogue;
import eu.convivio.training.application.CourseForm;
import eu.convivio.training.domain.Course;
import eu.convivio.training.web.TrainingViews.CourseView;
import eu.convivio.training.web.TrainingViews.PageView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Courses over HTTP. Every signed-in member reads published courses (and their own
 * municipality's drafts); trainers write the courses of their municipality, with the version
 * that was read (If-Match or {@code version}).
 */
@Path("training/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training courses", description = "Staff training: the course catalogue")
public class CourseResource {

    @Inject
    private CourseCatalogue catalogue;

    @Context
    private UriInfo uri;

    /** A course as an editor sends it; {@code municipalityId} only for a new one (default: where the user trains). */
    public record CourseRequest(UUID municipalityId, Long version, String title, String description, String language,
                                String format, BigDecimal hours, BigDecimal minAttendanceShare,
                                Boolean finalAssessmentRequired, String approval, List<String> topics,
                                List<UUID> targetDepartments, List<String> targetRoles,
                                List<CourseForm.ObjectiveForm> objectives, List<UUID> trainers,
                                List<UUID> prerequisites, List<CourseForm.TranslationForm> translations) {

        CourseForm form() {
            return new CourseForm(title, description, language, format, hours, minAttendanceShare, finalAssessmentRequired,
                    approval, topics, targetDepartments, targetRoles, objectives, trainers, prerequisites, translations);
        }
    }

    @GET
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Courses, a page at a time (page from 1, size up to 200); topic filters by a convivio-themes code")
    public PageView<CourseView> list(@QueryParam("topic") String topic, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return PageView.of(catalogue.courses(topic, Params.number("page", page, 1), Params.number("size", size, Params.DEFAULT_SIZE)),
                CourseView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "One course; drafts only for members of its municipality")
    public Response get(@PathParam("id") String id) {
        return withTag(catalogue.course(Params.pathId(id, "course")), Response.ok());
    }

    @POST
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Write a new course (a draft)")
    public Response create(CourseRequest request) {
        Course c = catalogue.create(Params.required(request).municipalityId(), request.form());
        return withTag(c, Response.created(uri.getAbsolutePathBuilder().path(c.getId().toString()).build()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Rewrite a course; If-Match (or version in the body) carries the version that was read")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CourseRequest request) {
        long version = Params.editedVersion(ifMatch, request, CourseRequest::version);
        return withTag(catalogue.update(Params.pathId(id, "course"), version, request.form()), Response.ok());
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Publish a course: staff of every municipality can find it; If-Match optional")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(catalogue.publish(Params.pathId(id, "course"), IfMatch.optional(ifMatch)), Response.ok());
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Role.Groups.TRAINER, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Archive a course: no new sessions; If-Match optional")
    public Response archive(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(catalogue.archive(Params.pathId(id, "course"), IfMatch.optional(ifMatch)), Response.ok());
    }

    private static Response withTag(Course c, Response.ResponseBuilder builder) {
        return Tagged.answer(builder, CourseView.of(c), c.getVersion());
    }
}
