package eu.convivio.platform.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to other people's accounts for the other modules: who a learner is and where they
 * work, who holds a role in a municipality. No access check: callers decide what they show.
 */
public interface StaffDirectory {

    Optional<StaffMember> member(UUID accountId);

    /** The accounts with these ids that exist, by id. */
    Map<UUID, StaffMember> members(Collection<UUID> accountIds);

    /** The active accounts holding the role in the municipality, by display name. */
    List<StaffMember> holders(UUID municipalityId, Role role);
}
