package eu.convivio.platform.web;

import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.AccountAdministration;
import eu.convivio.platform.application.ApiTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The signed-in account and its API tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in account and its personal API tokens")
@RolesAllowed(Role.Groups.USER)
public class MeResource {

    @Inject
    private AccountAdministration accounts;

    @Inject
    private ApiTokens tokens;

    public record NewToken(String name, @Min(1) @Max(366) Integer validDays) {
    }

    @GET
    @Operation(summary = "The signed-in account with its memberships")
    public Views.AccountView me() {
        return Views.AccountView.of(accounts.self());
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The account's API tokens (without their secrets)")
    public List<Views.TokenView> tokens() {
        return tokens.mine().stream().map(Views.TokenView::of).toList();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create an API token; its secret is in this response only")
    public Response create(NewToken request) {
        if (request == null) {
            throw new eu.convivio.platform.api.Problem.Invalid("name", "Name the token.");
        }
        ApiTokens.Issued issued = tokens.create(request.name(), request.validDays());
        return Response.status(201).entity(new Views.IssuedTokenView(Views.TokenView.of(issued.token()), issued.secret())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token")
    public Response revoke(@PathParam("id") UUID id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
