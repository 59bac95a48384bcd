package eu.convivio.platform.api;

import java.util.List;
import java.util.UUID;

/**
 * A municipality's staff as other modules may list them: everyone with a membership there, once,
 * with the department they work in (training's view of what each department has been trained in).
 * One person's details are {@link StaffDirectory}'s.
 */
public interface Accounts {

    /**
     * The active accounts with any membership in the municipality, with the department their
     * membership names (null when none does), ordered by name.
     */
    List<StaffMember> staff(UUID municipalityId);

    record StaffMember(UUID accountId, String displayName, UUID departmentId) {
    }
}
