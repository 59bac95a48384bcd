package eu.convivio.platform.api;

import java.util.UUID;

/** A department of a municipality, as other modules see it. */
public record DepartmentSummary(UUID id, UUID municipalityId, String name) {
}
