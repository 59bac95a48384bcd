package eu.convivio.catalogue.web;

import eu.convivio.platform.web.ProblemJson;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 400 problem+json for a bad query parameter, with the parameter named in {@code errors} the way
 * the platform lists invalid fields.
 */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameter> {

    /** Looked up once: the lookup searches the class loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Response toResponse(InvalidParameter e) {
        JsonObject problem = ProblemJson.of(400, "invalid-parameter", "Invalid parameter", e.getMessage());
        JsonObject body = JSON.createObjectBuilder(problem)
                .add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("field", e.parameter()).add("message", e.getMessage())))
                .build();
        return Response.status(Response.Status.BAD_REQUEST).type(ProblemJson.PROBLEM).entity(body.toString()).build();
    }
}
