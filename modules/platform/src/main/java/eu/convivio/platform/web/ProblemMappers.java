package eu.convivio.platform.web;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Validation;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception that leaves a resource becomes problem+json; nothing else reaches the client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class ForProblem implements ExceptionMapper<Problem> {
        @Override
        public Response toResponse(Problem problem) {
            return ProblemJson.response(problem);
        }
    }

    /** Bean Validation on resource parameters: 400, each field listed. */
    @Provider
    public static class ForConstraintViolation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return ProblemJson.response(new Problem.Invalid(Validation.errors(e.getConstraintViolations())));
        }
    }

    @Provider
    public static class ForOptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return ProblemJson.response(new Problem.Conflict("This record was changed by someone else meanwhile. Reload it and try again."));
        }
    }

    /** Malformed JSON, or JSON that does not fit the resource: 400, naming the field where it can. */
    @Provider
    public static class ForJackson implements ExceptionMapper<com.fasterxml.jackson.core.JsonProcessingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonProcessingException e) {
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
                String message = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                        ? "Unknown field." : "This value does not have the expected type or format.";
                var body = ProblemJson.builder(400, "malformed-request", "Malformed request", "The request body does not fit this resource.")
                        .add("errors", ProblemJson.errors(java.util.List.of(new Problem.FieldError(field, message))));
                return Response.status(400).type(ProblemJson.PROBLEM).entity(body.build().toString()).build();
            }
            return ProblemJson.response(400, "malformed-request", "Malformed request", "The request body is not valid JSON.");
        }
    }

    /** Malformed JSON bodies. */
    @Provider
    public static class ForJsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return ProblemJson.response(400, "malformed-request", "Malformed request", "The request body is not valid JSON for this resource.");
        }
    }

    @Provider
    public static class ForJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return ProblemJson.response(400, "malformed-request", "Malformed request", "The request body is not valid JSON.");
        }
    }

    @Provider
    public static class ForProcessing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            LOG.log(Level.FINE, "Unreadable request", e);
            if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                return new ForJackson().toResponse(json);
            }
            if (!(e.getCause() instanceof java.io.IOException)) {
                return new ForAnything().toResponse(e);
            }
            return ProblemJson.response(400, "malformed-request", "Malformed request", "The request body could not be read.");
        }
    }

    /** JAX-RS's own errors (404 for an unknown path, 405, 415, …) keep their status. */
    @Provider
    public static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonException) {
                return ProblemJson.response(400, "malformed-request", "Malformed request", "The request body is not valid JSON for this resource.");
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "Error" : type.getReasonPhrase();
            String detail;
            if (e instanceof NotFoundException) {
                detail = "There is nothing at this address.";
            } else if (e instanceof NotAllowedException) {
                detail = "This method is not allowed here.";
            } else if (e instanceof NotAuthorizedException) {
                detail = "Sign in or present a bearer token.";
            } else {
                detail = status >= 500 ? "The server could not complete the request." : title + ".";
            }
            Response.ResponseBuilder r = Response.status(status).type(ProblemJson.PROBLEM)
                    .entity(ProblemJson.of(status, title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), title, detail).toString());
            e.getResponse().getHeaders().forEach((k, v) -> {
                if (k.equalsIgnoreCase("Allow") || k.equalsIgnoreCase("WWW-Authenticate")) {
                    v.forEach(value -> r.header(k, value));
                }
            });
            return r.build();
        }
    }

    /** Anything unforeseen: logged with its stack trace, answered without it. */
    @Provider
    public static class ForAnything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                if (cause instanceof Problem p) {
                    return ProblemJson.response(p);
                }
                if (cause instanceof OptimisticLockException) {
                    return new ForOptimisticLock().toResponse((OptimisticLockException) cause);
                }
                if (cause instanceof ConstraintViolationException cve) {
                    return new ForConstraintViolation().toResponse(cve);
                }
                cause = cause.getCause();
            }
            if (cause instanceof Problem p) {
                return ProblemJson.response(p);
            }
            String incident = java.util.UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return ProblemJson.response(500, "internal-error", "Internal error",
                    "The server could not complete the request. Incident " + incident + " is in the server log.");
        }
    }
}
