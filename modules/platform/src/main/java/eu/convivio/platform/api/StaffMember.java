package eu.convivio.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A municipal staff member's account as other modules see it (a trainer's list of learners, the
 * department a completion counts for, where to send a notice). No password, no tokens.
 */
public record StaffMember(UUID accountId, String username, String displayName, String email,
                          String preferredLanguage, boolean active, List<MembershipView> memberships) {

    public StaffMember {
        memberships = List.copyOf(memberships);
    }

    /** The department the account works in within the municipality, from any of its memberships there. */
    public Optional<UUID> departmentIn(UUID municipalityId) {
        return memberships.stream()
                .filter(m -> municipalityId.equals(m.municipalityId()) && m.departmentId() != null)
                .map(MembershipView::departmentId)
                .findFirst();
    }

    /** Whether the account holds the role in the municipality. */
    public boolean holds(UUID municipalityId, Role role) {
        return memberships.stream().anyMatch(m -> municipalityId.equals(m.municipalityId()) && m.role() == role);
    }
}
