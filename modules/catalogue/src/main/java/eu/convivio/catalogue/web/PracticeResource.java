package eu.convivio.catalogue.web;

import eu.convivio.catalogue.application.PracticeLibrary;
import eu.convivio.catalogue.domain.Practice;
import eu.convivio.catalogue.domain.PracticeContent;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The good-practice library over HTTP. Reading is public (published practices; members also see
 * their municipality's drafts); writing takes an officer or municipal administrator of the
 * practice's municipality, with the version that was read (If-Match or {@code version}).
 */
@Path("catalogue/practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Good practices", description = "The good-practice library shared by the cities")
public class PracticeResource {

    @Inject
    private PracticeLibrary library;

    @Context
    private UriInfo uri;

    /** A practice as an editor sends it: its text, and for a new one optionally the municipality. */
    public record PracticeRequest(UUID municipalityId, Long version, String language, String title, String summary,
                                  String problem, String approach, String results, String city, String country,
                                  String sourceProgramme, List<String> themes, String transferability,
                                  String contacts, List<String> links) {

        PracticeContent content() {
            return new PracticeContent(language, title, summary, problem, approach, results, city, country,
                    sourceProgramme, transferability, contacts, themes == null ? List.of() : themes,
                    links == null ? List.of() : links);
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Search practices by text, theme (convivio-themes code) and country (ISO 3166 alpha-2)")
    public List<PracticeView> search(@QueryParam("q") String text, @QueryParam("theme") String theme,
                                     @QueryParam("country") String country) {
        if (country != null && !country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
            throw new Problem.Invalid("country", "The country is a two-letter code such as SK.");
        }
        return library.search(text, theme, country).stream().map(PracticeView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One practice; drafts only for members of its municipality")
    public Response get(@PathParam("id") String id) {
        return withTag(library.practice(pathId(id)), Response.ok());
    }

    @POST
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Write a new draft")
    public Response create(PracticeRequest request) {
        Practice p = library.create(required(request).municipalityId(), request.content());
        return withTag(p, Response.created(uri.getAbsolutePathBuilder().path(p.getId().toString()).build()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Rewrite a practice; If-Match (or version in the body) carries the version that was read")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, PracticeRequest request) {
        required(request);
        long version = IfMatch.version(ifMatch, request.version());
        return withTag(library.update(pathId(id), version, request.content()), Response.ok());
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Publish a draft: everyone may read it from now on; If-Match optional")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        Long version = IfMatch.optional(ifMatch);
        return withTag(library.publish(pathId(id), version), Response.ok());
    }

    private static Response withTag(Practice p, Response.ResponseBuilder builder) {
        return builder.entity(PracticeView.of(p)).tag(new EntityTag(Long.toString(p.getVersion()))).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        return body;
    }

    static UUID pathId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new Problem.NotFound("No such practice.");
        }
    }
}
