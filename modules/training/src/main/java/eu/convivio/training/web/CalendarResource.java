package eu.convivio.training.web;

import eu.convivio.platform.api.Role;
import eu.convivio.training.application.TrainingCalendars;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training sessions as iCalendar. A session's {@code .ics} is public while the session is open to
 * enrolment (or full or running); the learner and trainer feeds are reached with the account's
 * secret feed token, since calendar applications cannot send a bearer token.
 */
@Path("training/calendars")
@Tag(name = "Training calendars", description = "iCalendar of sessions and per-person feeds")
public class CalendarResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    private TrainingCalendars calendars;

    @Context
    private UriInfo uri;

    public record FeedAddresses(String learning, String teaching) {
    }

    @GET
    @Path("sessions/{id}.ics")
    @Produces("text/calendar")
    @PermitAll
    @Operation(summary = "One session as iCalendar: one event per day in the host's time zone")
    public Response session(@PathParam("id") String id) {
        return ics(calendars.session(Params.pathId(id, "session"), site()), "session-" + id + ".ics");
    }

    @GET
    @Path("feeds/{token}/learning.ics")
    @Produces("text/calendar")
    @PermitAll
    @Operation(summary = "The sessions the feed token's owner holds or waits for a place in")
    public Response learning(@PathParam("token") String token) {
        return ics(calendars.feed(token, TrainingCalendars.Feed.LEARNING, site()), "learning.ics");
    }

    @GET
    @Path("feeds/{token}/teaching.ics")
    @Produces("text/calendar")
    @PermitAll
    @Operation(summary = "The sessions the feed token's owner teaches")
    public Response teaching(@PathParam("token") String token) {
        return ics(calendars.feed(token, TrainingCalendars.Feed.TEACHING, site()), "teaching.ics");
    }

    @POST
    @Path("token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Groups.USER)
    @Operation(summary = "Make a new secret feed token for the signed-in account (the old addresses stop working); "
            + "answers the two feed addresses, shown only this once")
    public FeedAddresses renew() {
        String token = calendars.renewToken();
        String base = uri.getBaseUri().toString().replaceAll("/+$", "") + "/training/calendars/feeds/" + token;
        return new FeedAddresses(base + "/learning.ics", base + "/teaching.ics");
    }

    private static Response ics(String body, String filename) {
        return Response.ok(body, CALENDAR).header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .header("Cache-Control", "private, max-age=300").build();
    }

    private String site() {
        return uri.getBaseUri().toString().replaceAll("/api/?$", "");
    }
}
