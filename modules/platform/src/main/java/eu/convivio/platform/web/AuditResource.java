package eu.convivio.platform.web;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The audit log for administrators. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when: append-only")
@RolesAllowed({Role.Groups.PLATFORM_ADMIN, Role.Groups.MUNICIPAL_ADMIN})
public class AuditResource {

    @Inject
    private AuditLog log;

    @GET
    @Operation(summary = "Audit entries, newest first, with filters")
    public Views.Page<Views.AuditEntryView> search(@QueryParam("actor") String actor,
                                                   @QueryParam("entityType") String entityType,
                                                   @QueryParam("entityId") String entityId,
                                                   @QueryParam("municipalityId") UUID municipalityId,
                                                   @QueryParam("from") String from,
                                                   @QueryParam("to") String to,
                                                   @QueryParam("page") @DefaultValue("0") int page,
                                                   @QueryParam("size") @DefaultValue("50") int size) {
        var filter = new AuditLog.Filter(actor, entityType, entityId, municipalityId, instant("from", from), instant("to", to));
        AuditLog.Page result = log.search(filter, page, size);
        return new Views.Page<>(result.entries().stream().map(Views.AuditEntryView::of).toList(),
                result.total(), result.page(), result.size());
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Problem.Invalid(field, "Use an ISO 8601 instant such as 2026-01-31T00:00:00Z.");
        }
    }
}
