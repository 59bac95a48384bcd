package eu.convivio.platform.api;

import java.util.UUID;

/** A tenant as other modules see it. */
public record MunicipalitySummary(UUID id, String name, String country, MunicipalityKind kind,
                                  UUID parentId, String defaultLanguage, String timeZone) {
}
