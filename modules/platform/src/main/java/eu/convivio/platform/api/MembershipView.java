package eu.convivio.platform.api;

import java.util.UUID;

/** One role held by the current account in one municipality or organisation. */
public record MembershipView(UUID municipalityId, UUID organisationId, UUID departmentId, Role role) {
}
