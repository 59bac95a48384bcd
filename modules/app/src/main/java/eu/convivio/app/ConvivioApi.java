package eu.convivio.app;

import jakarta.ws.rs.ApplicationPath;
import java.util.Map;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api: resources of every module jar are discovered by the container. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Convivio API", version = "1",
                description = "Needs mapping, staff training, the shared service catalogue and local integration "
                        + "strategies for municipalities. Errors are RFC 9457 problem details (application/problem+json). "
                        + "Authenticate with a personal API token: Authorization: Bearer cvo_…",
                license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token, created on the account page.")
public class ConvivioApi extends Application {

    /**
     * JSON goes through Jackson as the platform configures it ({@code JsonProvider}, {@code JsonMapping},
     * and the problem+json answers of {@code ProblemMappers}), and through no other provider:
     * <ul>
     *   <li>Jersey's JSON-B provider is switched off, because Payara's Yasson cannot read or write records;</li>
     *   <li>so is its MOXy JSON provider, which Jersey asked first for every JSON answer: its check builds a
     *       JAXB context for the answer's class, about a tenth of the server's CPU under the search
     *       benchmark (JFR), only to decline;</li>
     *   <li>naming the JSON feature as Convivio's own keeps Jersey's Jackson feature out too: it steps in
     *       when MOXy is off and registers Jackson's exception mappers, which answer bad JSON with
     *       text/plain instead of problem+json (the system tests caught it).</li>
     * </ul>
     */
    @Override
    public Map<String, Object> getProperties() {
        // Jersey 3.1's names: CommonProperties.JSON_BINDING_FEATURE_DISABLE*, MOXY_JSON_FEATURE_DISABLE*
        // and InternalProperties.JSON_FEATURE*, which each JSON feature reads and claims ("…disableJsonb" is ignored)
        return Map.of("jersey.config.disableJsonBinding", true,
                "jersey.config.server.disableJsonBinding", true,
                "jersey.config.disableMoxyJson", true,
                "jersey.config.server.disableMoxyJson", true,
                "jersey.config.jsonFeature", "ConvivioJackson",
                "jersey.config.server.jsonFeature", "ConvivioJackson",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
