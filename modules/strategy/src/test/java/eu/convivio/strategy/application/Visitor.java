package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person asking, without a container: an account (or nobody) with roles in municipalities, by the access convention. */
record Visitor(UUID account, Map<UUID, Set<Role>> roles) implements Access, CurrentUser {

    static Visitor anonymous() {
        return new Visitor(null, Map.of());
    }

    static Visitor with(UUID municipality, Role... roles) {
        return new Visitor(UUID.randomUUID(), Map.of(municipality, Set.of(roles)));
    }

    @Override
    public boolean has(UUID municipalityId, Role... anyOf) {
        Set<Role> held = roles.getOrDefault(municipalityId, Set.of());
        return account != null && !held.isEmpty() && (anyOf.length == 0 || Arrays.stream(anyOf).anyMatch(held::contains));
    }

    @Override
    public boolean hasInOrganization(UUID organizationId, Role... anyOf) {
        return false;
    }

    @Override
    public Set<UUID> municipalities(Role... anyOf) {
        return roles.keySet();
    }

    @Override
    public Set<UUID> organizations(Role... anyOf) {
        return Set.of();
    }

    @Override
    public boolean isPlatformAdmin() {
        return false;
    }

    @Override
    public void require(UUID municipalityId, Role... anyOf) {
        requireSignedIn();
        if (has(municipalityId, anyOf)) {
            return;
        }
        if (!has(municipalityId)) {
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
        throw new Problem.Forbidden("no");
    }

    @Override
    public void requireSignedIn() {
        if (account == null) {
            throw new Problem.Unauthorized("Sign in first.");
        }
    }

    @Override
    public boolean isAuthenticated() {
        return account != null;
    }

    @Override
    public Optional<UUID> accountId() {
        return Optional.ofNullable(account);
    }

    @Override
    public String username() {
        return account == null ? "anonymous" : "visitor";
    }

    @Override
    public String displayName() {
        return username();
    }

    @Override
    public List<MembershipView> memberships() {
        return List.of();
    }

    @Override
    public Set<UUID> organisations() {
        return Set.of();
    }

    @Override
    public Optional<UUID> selectedMunicipality() {
        return roles.keySet().stream().findFirst();
    }

    @Override
    public String preferredLanguage() {
        return "en";
    }
}
