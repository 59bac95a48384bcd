package eu.convivio.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The account behind the current request, resolved once per request. Anonymous requests get
 * an instance too, with no account and no memberships.
 */
public interface CurrentUser {

    boolean isAuthenticated();

    Optional<UUID> accountId();

    /** The user name, or {@code "anonymous"}. */
    String username();

    String displayName();

    boolean isPlatformAdmin();

    List<MembershipView> memberships();

    /** Municipalities where the account holds any of the roles (all roles when none is given). */
    Set<UUID> municipalities(Role... anyOf);

    /** Organisations whose services the account may edit as a provider editor. */
    Set<UUID> organisations();

    /** The municipality chosen in the switcher, or the first membership's. */
    Optional<UUID> selectedMunicipality();

    /** The account's preferred interface language (BCP 47). */
    String preferredLanguage();
}
