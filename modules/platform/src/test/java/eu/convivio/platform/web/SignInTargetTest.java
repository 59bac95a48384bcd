package eu.convivio.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/account/profile.xhtml", "/training/sessions.xhtml?municipality=7&page=2",
            "/needs/assessment.xhtml#gaps", "/catalogue/%2F%2Fservice"})
    void aLocalPathIsFollowed(String next) {
        assertThat(SignInTarget.localPath(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "http:evil.example", "//evil.example/login", "/\\evil.example",
            "\\\\evil.example", "/path\\..\\x", "javascript:alert(1)", "account/profile.xhtml", "/%0d%0a\r\nSet-Cookie: x=1",
            "/tab\there", " /leading-space"})
    void anythingElseGoesToTheStartPage(String next) {
        assertThat(SignInTarget.localPath(next)).isEqualTo("/");
    }

    @org.junit.jupiter.api.Test
    void anOverlongTargetGoesToTheStartPage() {
        assertThat(SignInTarget.localPath("/" + "a".repeat(2_000))).isEqualTo("/");
    }
}
