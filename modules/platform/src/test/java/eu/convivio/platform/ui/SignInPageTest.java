package eu.convivio.platform.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** After sign-in the user goes back where they were, but never to another site. */
class SignInPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts.xhtml", "/admin/account.xhtml?id=6f1c0b9e-3a1d-4c8e-9f3a-2b7d1e0c5a44", "/"})
    void returnsToAPathOnThisSite(String next) {
        assertThat(SignInPage.safeNext(next, SignInPage.HOME)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "admin/accounts.xhtml",
            "/login.xhtml?next=/admin", "/admin\r\nSet-Cookie: x=1", ""})
    void refusesEverythingElse(String next) {
        assertThat(SignInPage.safeNext(next, SignInPage.HOME)).isEqualTo(SignInPage.HOME);
    }
}
