package eu.convivio.platform.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void aLongEnoughVariedPasswordIsAccepted() {
        assertThat(PasswordPolicy.check("correct horse battery", "sofia.officer")).isEmpty();
        assertThat(PasswordPolicy.check("x".repeat(8) + "abcd", null)).isEmpty();
    }

    @Test
    void shortPasswordsAreRefusedCountingCharactersNotBytes() {
        assertThat(PasswordPolicy.check(null, "anna")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("elevenchars", "anna")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("twelve chars", "anna")).isEmpty();
        // eleven Greek letters are eleven characters, however many bytes they take
        assertThat(PasswordPolicy.check("καλημέραααα", "anna")).contains("password.tooShort");
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertThat(PasswordPolicy.check("abcd".repeat(64), null)).isEmpty();
        assertThat(PasswordPolicy.check("abcd".repeat(64) + "e", null)).contains("password.tooLong");
    }

    @Test
    void repetitivePasswordsAreRefused() {
        assertThat(PasswordPolicy.check("aaaaaaaaaaaaaaaa", null)).contains("password.tooSimple");
        assertThat(PasswordPolicy.check("abcabcabcabcabc", null)).contains("password.tooSimple");
        assertThat(PasswordPolicy.check("                ", null)).contains("password.tooSimple");
    }

    @Test
    void thePasswordMayNotContainTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.check("my-Trnava.Officer-2026", "trnava.officer")).contains("password.containsUsername");
    }
}
