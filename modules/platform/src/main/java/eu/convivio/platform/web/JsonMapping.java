package eu.convivio.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON for every REST resource of every module, through Jackson's JAX-RS provider (which the
 * jackson-jakarta-rs jar registers itself and which asks this resolver for its mapper): records
 * both ways, java.time as ISO 8601 text, and unknown properties refused (a misspelt field is an
 * error, not silently ignored). Payara's own JSON-B cannot see records.
 */
@Provider
public class JsonMapping implements ContextResolver<ObjectMapper> {

    /** Shared, thread-safe; modules use it for their own JSON exports too. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
