package eu.convivio.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. Scripts and styles come only from the application itself:
 * no inline script is ever allowed. Pages may not be framed by other sites. Images may also come
 * from the map tile server the portal is configured with ({@code convivio.map.tiles-url}).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The default of {@code convivio.map.tiles-url}: OpenStreetMap's standard tiles. */
    static final String DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /** Read once: the policy is the same for every response. */
    private static final class Policy {
        static final String VALUE = withTiles(CSP, ConfigProvider.getConfig()
                .getOptionalValue("convivio.map.tiles-url", String.class).orElse(DEFAULT_TILES));
    }

    /** The policy with the tile server's origin ({s} sub-domains as a wildcard) allowed for images. */
    static String withTiles(String policy, String tilesUrl) {
        String origin = tileOrigin(tilesUrl);
        return origin.isEmpty() ? policy : policy.replace("img-src 'self' data:;", "img-src 'self' data: " + origin + ";");
    }

    static String tileOrigin(String tilesUrl) {
        if (tilesUrl == null || tilesUrl.isBlank() || "none".equalsIgnoreCase(tilesUrl.strip())) {
            return "";
        }
        String url = tilesUrl.strip().replace("{s}", "*");
        int scheme = url.indexOf("://");
        if (scheme < 0 || !url.startsWith("http")) {
            return "";
        }
        int path = url.indexOf('/', scheme + 3);
        String origin = path < 0 ? url : url.substring(0, path);
        // a template variable in the host is not an origin CSP understands
        return origin.matches("https?://[A-Za-z0-9.*:-]+") ? origin : "";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Also called by the authentication mechanism for the responses it writes itself, which
     * are complete before any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", Policy.VALUE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
