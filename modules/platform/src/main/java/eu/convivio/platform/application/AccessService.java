package eu.convivio.platform.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/** The platform's one implementation of tenancy and role checks; see {@link Access}. */
@RequestScoped
public class AccessService implements Access {

    @Inject
    private CurrentUser user;

    /** For CDI. */
    public AccessService() {
    }

    /** For unit tests: the user is given. */
    AccessService(CurrentUser user) {
        this.user = user;
    }

    @Override
    public boolean has(UUID municipalityId, Role... anyOf) {
        if (municipalityId == null || !user.isAuthenticated()) {
            return false;
        }
        if (user.isPlatformAdmin()) {
            return true;
        }
        List<Role> roles = Arrays.asList(anyOf);
        return user.memberships().stream()
                .filter(m -> municipalityId.equals(m.municipalityId()))
                .map(MembershipView::role)
                .anyMatch(r -> roles.isEmpty() || roles.contains(r));
    }

    @Override
    public boolean hasInOrganization(UUID organizationId, Role... anyOf) {
        if (organizationId == null || !user.isAuthenticated()) {
            return false;
        }
        return user.isPlatformAdmin() || organizations(anyOf).contains(organizationId);
    }

    @Override
    public Set<UUID> municipalities(Role... anyOf) {
        return scopes(MembershipView::municipalityId, anyOf);
    }

    @Override
    public Set<UUID> organizations(Role... anyOf) {
        return scopes(MembershipView::organisationId, anyOf);
    }

    @Override
    public boolean isPlatformAdmin() {
        return user.isAuthenticated() && user.isPlatformAdmin();
    }

    private Set<UUID> scopes(java.util.function.Function<MembershipView, UUID> scope, Role... anyOf) {
        if (!user.isAuthenticated()) {
            return Set.of();
        }
        List<Role> roles = Arrays.asList(anyOf);
        return user.memberships().stream()
                .filter(m -> roles.isEmpty() || roles.contains(m.role()))
                .map(scope)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void require(UUID municipalityId, Role... anyOf) {
        requireSignedIn();
        if (has(municipalityId, anyOf)) {
            return;
        }
        if (municipalityId == null || !has(municipalityId)) {
            throw new Problem.NotFound("No such municipality or record.");
        }
        throw new Problem.Forbidden("Your role in this municipality does not allow this.");
    }

    @Override
    public void requireMember(UUID municipalityId) {
        require(municipalityId);
    }

    @Override
    public void requirePlatformAdmin() {
        requireSignedIn();
        if (!user.isPlatformAdmin()) {
            throw new Problem.Forbidden("Only platform administrators may do this.");
        }
    }

    @Override
    public void requireSignedIn() {
        if (!user.isAuthenticated()) {
            throw new Problem.Unauthorized("Sign in first.");
        }
    }
}
