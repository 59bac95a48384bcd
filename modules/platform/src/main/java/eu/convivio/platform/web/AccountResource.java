package eu.convivio.platform.web;

import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.AccountAdministration;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Account administration: platform administrators for all, municipal administrators for their staff. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts and their memberships")
@RolesAllowed({Role.Groups.PLATFORM_ADMIN, Role.Groups.MUNICIPAL_ADMIN})
public class AccountResource {

    @Inject
    private AccountAdministration accounts;

    public record NewAccount(String username, String displayName, String email, String preferredLanguage,
                             String password, AccountAdministration.MembershipForm membership) {
    }

    public record AccountChange(String displayName, String email, String preferredLanguage, Boolean active) {
    }

    public record PasswordReset(String password) {
    }

    @GET
    @Operation(summary = "The accounts this administrator manages")
    public List<Views.AccountView> list() {
        return accounts.accounts().stream().map(Views.AccountView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public Views.AccountView get(@PathParam("id") UUID id) {
        return Views.AccountView.of(accounts.account(id));
    }

    @POST
    @Operation(summary = "Create an account with a first password and role")
    public Response create(NewAccount request) {
        NewAccount r = MunicipalityResource.required(request);
        var form = new AccountAdministration.AccountForm(r.username(), r.displayName(), r.email(),
                r.preferredLanguage() == null ? "en" : r.preferredLanguage());
        var account = accounts.create(form, r.password() == null ? null : r.password().toCharArray(), r.membership());
        return Response.status(201).entity(Views.AccountView.of(account)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's profile or deactivate it; If-Match carries the version")
    public Views.AccountView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, AccountChange request) {
        AccountChange r = MunicipalityResource.required(request);
        var current = accounts.account(id);
        var form = new AccountAdministration.AccountForm(current.getUsername(), r.displayName(), r.email(), r.preferredLanguage());
        return Views.AccountView.of(accounts.update(id, IfMatch.version(ifMatch), form, r.active() == null || r.active()));
    }

    @POST
    @Path("{id}/memberships")
    @Operation(summary = "Grant a role in a municipality (or, for provider editors, an organisation)")
    public Response grant(@PathParam("id") UUID id, AccountAdministration.MembershipForm request) {
        var m = accounts.grant(id, MunicipalityResource.required(request));
        return Response.status(201).entity(Views.MembershipView.of(m)).build();
    }

    @DELETE
    @Path("{id}/memberships/{membershipId}")
    @Operation(summary = "Revoke a role")
    public Response revoke(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId) {
        accounts.revoke(id, membershipId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "Set a new password for the account")
    public Response resetPassword(@PathParam("id") UUID id, PasswordReset request) {
        PasswordReset r = MunicipalityResource.required(request);
        accounts.resetPassword(id, r.password() == null ? null : r.password().toCharArray());
        return Response.noContent().build();
    }
}
