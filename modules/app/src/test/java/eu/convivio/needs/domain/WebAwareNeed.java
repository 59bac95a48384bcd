package eu.convivio.needs.domain;

/** Fixture for ArchitectureRulesTest, never deployed: a domain class that knows HTTP. */
public class WebAwareNeed {
    public jakarta.ws.rs.core.Response asResponse() {
        return null;
    }
}
