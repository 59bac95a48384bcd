package eu.convivio.platform.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    /** Few iterations keep these tests fast; one test checks the production setting itself. */
    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = fast.hash("correct horse battery".toCharArray());

        assertThat(fast.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(fast.verify("correct horse batterz".toCharArray(), hash)).isFalse();
        assertThat(fast.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String first = fast.hash("correct horse battery".toCharArray());
        String second = fast.hash("correct horse battery".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first).startsWith("PBKDF2WithHmacSHA256:1000:");
    }

    @Test
    void productionHashesUseOwaspsIterationCountAndVerifyTheDemoPassword() {
        // the one slow test (about half a second): the real hasher against the precomputed demo hash
        PasswordHasher production = new PasswordHasher();
        assertThat(DemoData.PASSWORD_HASH).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(production.verify(DemoData.PASSWORD.toCharArray(), DemoData.PASSWORD_HASH)).isTrue();
        assertThat(production.needsRehash(DemoData.PASSWORD_HASH)).isFalse();
    }

    @Test
    void weakerHashesAreReportedForRehashing() {
        String weak = fast.hash("correct horse battery".toCharArray());

        assertThat(new PasswordHasher(2_000).needsRehash(weak)).isTrue();
        assertThat(fast.needsRehash(weak)).isFalse();
        assertThat(new PasswordHasher().needsRehash(weak)).isTrue();
        assertThat(fast.needsRehash(null)).isTrue();
        assertThat(fast.needsRehash("MD5:1000:abc:def")).isTrue();
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        char[] password = "correct horse battery".toCharArray();
        assertThat(fast.verify(password, null)).isFalse();
        assertThat(fast.verify(password, "")).isFalse();
        assertThat(fast.verify(password, "PBKDF2WithHmacSHA256:1000:onlythree")).isFalse();
        assertThat(fast.verify(password, "SHA1:1000:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(fast.verify(password, "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(fast.verify(password, "PBKDF2WithHmacSHA256:1000:not base64!:aGFzaA==")).isFalse();
    }
}
