package eu.convivio.platform.api;

import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides whether the current user may act on a municipality's data.
 * Every module asks this service instead of inspecting roles itself. A municipality the user
 * has no business with is reported as {@link Problem.NotFound}, never as forbidden, so that
 * identifiers of other tenants do not leak.
 */
public interface Access {

    /** Whether the user holds one of the roles (any role when none is given) in the municipality. */
    boolean has(UUID municipalityId, Role... anyOf);

    /**
     * Whether the user holds one of the roles (any role when none is given) in the organisation
     * (provider editors). Platform administrators have every role everywhere.
     */
    boolean hasInOrganization(UUID organizationId, Role... anyOf);

    /**
     * The municipalities where the user holds one of the roles (any role when none is given).
     * Platform administrators get only their own memberships: ask {@link #isPlatformAdmin()} first.
     */
    Set<UUID> municipalities(Role... anyOf);

    /** The organisations where the user holds one of the roles (any role when none is given); see {@link #municipalities}. */
    Set<UUID> organizations(Role... anyOf);

    /** Whether the user is a signed-in platform administrator. */
    boolean isPlatformAdmin();

    /**
     * Demands one of the roles in the municipality. Without any membership there the answer is
     * 404 (the data does not exist for this user); with a membership but not the role, 403.
     * Platform administrators pass.
     */
    void require(UUID municipalityId, Role... anyOf);

    /** Demands that the user may read the municipality's private data (any membership). */
    void requireMember(UUID municipalityId);

    /** Demands a platform administrator. */
    void requirePlatformAdmin();

    /** Demands a signed-in user. */
    void requireSignedIn();
}
