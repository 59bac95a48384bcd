package eu.convivio.strategy.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Fixture for ArchitectureRulesTest, never deployed: one decided and one undecided operation. */
@Path("undecided")
public class UndecidedResource {
    @GET
    @RolesAllowed("user")
    public String decided() {
        return "";
    }

    @POST
    public String undecided() {
        return "";
    }
}
