package eu.convivio.catalogue.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.convivio.catalogue.application.StaleRecord;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused stale edit as RFC 9457 problem details (409) with the members a client needs to
 * redo its change: {@code your_version}, {@code current_version} (also the ETag) and
 * {@code changes}, each {@code {field, yours, now}} with the value the client saw and the value now.
 * More specific than the platform's mapper of every problem, so JAX-RS picks this one.
 */
@Provider
public class StaleRecordMapper implements ExceptionMapper<StaleRecord> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(StaleRecord stale) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "https://convivio.eu/problems/" + stale.type())
                .put("title", stale.title())
                .put("status", stale.status())
                .put("detail", stale.detail())
                .put("your_version", stale.yourVersion())
                .put("current_version", stale.currentVersion());
        ArrayNode changes = body.putArray("changes");
        stale.changes().forEach(c -> changes.addObject().put("field", c.field()).set("yours", c.yours()));
        for (int i = 0; i < stale.changes().size(); i++) {
            ((ObjectNode) changes.get(i)).set("now", stale.changes().get(i).now());
        }
        return Response.status(409).type("application/problem+json")
                .tag(new EntityTag(String.valueOf(stale.currentVersion()))).entity(body.toString()).build();
    }
}
