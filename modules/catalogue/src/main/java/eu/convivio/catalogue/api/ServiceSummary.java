package eu.convivio.catalogue.api;

import java.util.UUID;

/**
 * A service as other modules see it (strategy measures name the services that deliver them).
 *
 * @param name             in the language asked for when a translation exists, as written otherwise
 * @param organizationName the providing organisation's name
 * @param status           {@code active}, {@code inactive}, {@code defunct} or {@code temporarily closed}
 */
public record ServiceSummary(UUID id, String name, String organizationName, String status) {

    public boolean withdrawn() {
        return ServiceWithdrawn.withdrawn(status);
    }
}
