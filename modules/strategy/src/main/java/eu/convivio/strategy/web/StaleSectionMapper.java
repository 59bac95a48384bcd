package eu.convivio.strategy.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.convivio.strategy.domain.StaleSection;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused stale save of a section as RFC 9457 problem details (409) with the newer text:
 * {@code your_version}, {@code current_version} (also the ETag), {@code current_heading} and
 * {@code current_body}, so that the client can merge instead of overwriting. More specific than
 * the platform's mapper of every problem, so JAX-RS picks this one.
 */
@Provider
public class StaleSectionMapper implements ExceptionMapper<StaleSection> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(StaleSection stale) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "https://convivio.eu/problems/" + stale.type())
                .put("title", stale.title())
                .put("status", stale.status())
                .put("detail", stale.detail())
                .put("section_id", stale.sectionId().toString())
                .put("your_version", stale.yourVersion())
                .put("current_version", stale.currentVersion())
                .put("current_heading", stale.currentHeading())
                .put("current_body", stale.currentBody());
        return Response.status(409).type("application/problem+json")
                .tag(new EntityTag(String.valueOf(stale.currentVersion()))).entity(body.toString()).build();
    }
}
