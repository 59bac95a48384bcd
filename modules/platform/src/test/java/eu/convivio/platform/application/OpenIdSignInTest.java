package eu.convivio.platform.application;

import eu.convivio.platform.domain.Account;
import eu.convivio.platform.infrastructure.OpenIdProvider;
import eu.convivio.platform.infrastructure.OpenIdSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Convivio account an identity from the provider signs in as. */
class OpenIdSignInTest {

    private final Account maria = new Account("maria.rossi", "Maria Rossi", "Maria.Rossi@Comune.example", "it");
    private final Account jonas = new Account("jonas.berg", "Jonas Berg", "jonas@city.example", "de");

    private final OpenIdSignIn.Accounts accounts = new OpenIdSignIn.Accounts() {
        private final List<Account> all = List.of(maria, jonas);

        @Override
        public Optional<Account> withUsername(String username) {
            return all.stream().filter(a -> a.getUsername().equals(username)).findFirst();
        }

        @Override
        public Optional<Account> withEmail(String email) {
            return all.stream().filter(a -> a.getEmail().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                    .findFirst();
        }
    };

    private static OpenIdSettings settings(String usernameClaim, OpenIdSettings.MatchBy matchBy) {
        return new OpenIdSettings(URI.create("https://login.city.example"), "convivio", "secret", Optional.empty(),
                List.of("openid"), usernameClaim, matchBy, "Sign in");
    }

    private OpenIdSignIn byUsername() {
        return new OpenIdSignIn(settings("preferred_username", OpenIdSettings.MatchBy.USERNAME), null, accounts);
    }

    private OpenIdSignIn byEmail() {
        return new OpenIdSignIn(settings("preferred_username", OpenIdSettings.MatchBy.EMAIL), null, accounts);
    }

    private static OpenIdProvider.Identity identity(Object... claims) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < claims.length; i += 2) {
            map.put((String) claims[i], claims[i + 1]);
        }
        return new OpenIdProvider.Identity("subject-42", map);
    }

    @Test
    void theUserNameClaimNamesTheAccount() throws Exception {
        assertThat(byUsername().accountFor(identity("preferred_username", "maria.rossi", "email", "jonas@city.example")))
                .isSameAs(maria);
    }

    @Test
    void userNamesMatchWhateverTheirCase() throws Exception {
        assertThat(byUsername().accountFor(identity("preferred_username", " Maria.Rossi "))).isSameAs(maria);
    }

    @Test
    void anotherClaimCanHoldTheUserName() throws Exception {
        OpenIdSignIn signIn = new OpenIdSignIn(settings("upn", OpenIdSettings.MatchBy.USERNAME), null, accounts);

        assertThat(signIn.accountFor(identity("upn", "jonas.berg", "preferred_username", "maria.rossi"))).isSameAs(jonas);
    }

    @Test
    void anEmailAddressDoesNotNameAnAccountUnlessConfigured() {
        assertRefused(byUsername(), identity("email", "maria.rossi@comune.example"));
        assertRefused(byUsername(), identity("preferred_username", "maria.rossi@comune.example"));
    }

    @Test
    void byEmailTheAddressNamesTheAccountWhateverItsCase() throws Exception {
        assertThat(byEmail().accountFor(identity("email", "maria.rossi@comune.example", "email_verified", true,
                "preferred_username", "jonas.berg"))).isSameAs(maria);
    }

    @Test
    void byEmailAnAddressTheProviderHasNotVerifiedIsRefused() {
        assertRefused(byEmail(), identity("email", "maria.rossi@comune.example", "email_verified", false));
    }

    @Test
    void byEmailTheUserNameClaimIsNotEnough() {
        assertRefused(byEmail(), identity("preferred_username", "maria.rossi"));
    }

    @Test
    void anUnknownUserIsRefused() {
        assertRefused(byUsername(), identity("preferred_username", "nobody"));
        assertRefused(byEmail(), identity("email", "nobody@city.example"));
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        maria.setActive(false);

        assertRefused(byUsername(), identity("preferred_username", "maria.rossi"));
        assertRefused(byEmail(), identity("email", "maria.rossi@comune.example"));
    }

    @Test
    void aMissingOrNonTextClaimIsRefused() {
        assertRefused(byUsername(), identity());
        assertRefused(byUsername(), identity("preferred_username", 42));
        assertRefused(byUsername(), identity("preferred_username", " "));
    }

    private static void assertRefused(OpenIdSignIn signIn, OpenIdProvider.Identity identity) {
        assertThatThrownBy(() -> signIn.accountFor(identity)).isInstanceOfSatisfying(OpenIdSignIn.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("account"));
    }
}
