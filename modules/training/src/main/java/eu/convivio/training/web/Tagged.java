package eu.convivio.training.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Answers that carry a record together with its version as the ETag, so that the client can send
 * that version back in If-Match with its next edit. Every training resource tags the same way.
 */
final class Tagged {

    private Tagged() {
    }

    /** The builder's answer (200, 201 …) with the view as body and the version as a strong ETag, {@code "3"}. */
    static Response answer(Response.ResponseBuilder builder, Object view, long version) {
        return builder.entity(view).tag(new EntityTag(Long.toString(version))).build();
    }
}
