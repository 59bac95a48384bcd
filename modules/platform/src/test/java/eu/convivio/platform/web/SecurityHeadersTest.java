package eu.convivio.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void theMapTileServerMayServeImagesAndNothingElse() {
        String policy = SecurityHeaders.withTiles(SecurityHeaders.CSP, SecurityHeaders.DEFAULT_TILES);

        assertThat(policy).contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .contains("script-src 'self';").contains("connect-src 'self';");
    }

    @Test
    void subDomainTemplatesBecomeAWildcardAndNoTilesAddNothing() {
        assertThat(SecurityHeaders.tileOrigin("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tiles.example.org:8443");
        assertThat(SecurityHeaders.withTiles(SecurityHeaders.CSP, "none")).isEqualTo(SecurityHeaders.CSP);
        assertThat(SecurityHeaders.tileOrigin("https://{host}/{z}/{x}/{y}.png")).isEmpty();
        assertThat(SecurityHeaders.tileOrigin("javascript:alert(1)")).isEmpty();
        assertThat(SecurityHeaders.tileOrigin("/tiles/{z}/{x}/{y}.png")).isEmpty();
    }
}
