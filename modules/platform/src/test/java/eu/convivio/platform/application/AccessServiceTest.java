package eu.convivio.platform.application;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenancy and role questions of Access, organisations (provider editors) included. */
class AccessServiceTest {

    private static final UUID SOFIA = UUID.randomUUID();
    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID NGO = UUID.randomUUID();

    private record User(boolean isAuthenticated, boolean isPlatformAdmin, List<MembershipView> memberships) implements CurrentUser {
        @Override
        public Optional<UUID> accountId() {
            return Optional.empty();
        }

        @Override
        public String username() {
            return "test";
        }

        @Override
        public String displayName() {
            return "Test";
        }

        @Override
        public Set<UUID> municipalities(Role... anyOf) {
            return memberships.stream().map(MembershipView::municipalityId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        }

        @Override
        public Set<UUID> organisations() {
            return Set.of();
        }

        @Override
        public Optional<UUID> selectedMunicipality() {
            return Optional.empty();
        }

        @Override
        public String preferredLanguage() {
            return "en";
        }
    }

    private static AccessService access(boolean admin, MembershipView... memberships) {
        return new AccessService(new User(true, admin, List.of(memberships)));
    }

    @Test
    void aProviderEditorHasTheirOrganisationAndNoMunicipality() {
        AccessService access = access(false, new MembershipView(null, NGO, null, Role.PROVIDER_EDITOR));

        assertThat(access.hasInOrganization(NGO, Role.PROVIDER_EDITOR)).isTrue();
        assertThat(access.hasInOrganization(NGO)).isTrue();
        assertThat(access.hasInOrganization(UUID.randomUUID(), Role.PROVIDER_EDITOR)).isFalse();
        assertThat(access.organizations(Role.PROVIDER_EDITOR)).containsExactly(NGO);
        assertThat(access.municipalities()).isEmpty();
    }

    @Test
    void municipalitiesAreListedByRole() {
        AccessService access = access(false, new MembershipView(SOFIA, null, null, Role.OFFICER),
                new MembershipView(TRNAVA, null, null, Role.TRAINER));

        assertThat(access.municipalities(Role.OFFICER, Role.MUNICIPAL_ADMIN)).containsExactly(SOFIA);
        assertThat(access.municipalities()).containsExactlyInAnyOrder(SOFIA, TRNAVA);
        assertThat(access.organizations()).isEmpty();
        assertThat(access.isPlatformAdmin()).isFalse();
    }

    @Test
    void platformAdministratorsAreInEveryOrganisation() {
        AccessService access = access(true);

        assertThat(access.isPlatformAdmin()).isTrue();
        assertThat(access.hasInOrganization(NGO, Role.PROVIDER_EDITOR)).isTrue();
        assertThat(access.organizations()).as("only their own memberships are listed").isEmpty();
    }

    @Test
    void anonymousCallersHaveNothing() {
        AccessService access = new AccessService(new User(false, false, List.of()));

        assertThat(access.hasInOrganization(NGO)).isFalse();
        assertThat(access.municipalities()).isEmpty();
        assertThat(access.isPlatformAdmin()).isFalse();
        assertThatThrownBy(access::requireSignedIn).isInstanceOf(Problem.Unauthorized.class);
    }
}
