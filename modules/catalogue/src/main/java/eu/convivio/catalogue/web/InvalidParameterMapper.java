package eu.convivio.catalogue.web;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 400 problem+json (RFC 9457) for a bad query parameter, with the parameter named in {@code errors}
 * the way the platform's problems list invalid fields.
 */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameter> {

    static final String PROBLEM = "application/problem+json";

    /** Looked up once: the lookup searches the class loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Response toResponse(InvalidParameter e) {
        JsonObject body = JSON.createObjectBuilder()
                .add("type", "https://convivio.eu/problems/invalid-parameter")
                .add("title", "Invalid parameter")
                .add("status", 400)
                .add("detail", e.getMessage())
                .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("field", e.parameter()).add("message", e.getMessage())))
                .build();
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM).entity(body.toString()).build();
    }
}
