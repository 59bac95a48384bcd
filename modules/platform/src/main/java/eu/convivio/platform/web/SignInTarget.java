package eu.convivio.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the browser goes after signing in. The target arrives in a query parameter that anyone
 * can write into a link, so only a path on this site is followed; anything else (an absolute URL,
 * a scheme-relative {@code //host}, a backslash that browsers read as a slash) falls back to the
 * start page, so that Convivio's sign-in cannot be used to send people to another site.
 */
public final class SignInTarget {

    /** The start page, relative to the context root. */
    public static final String HOME = "/";
    private static final int MAX_LENGTH = 2_000;

    private SignInTarget() {
    }

    /** {@code next} if it is a local path (starting with one "/"), otherwise {@link #HOME}. */
    public static String localPath(String next) {
        return localPath(next, HOME);
    }

    /** {@code next} if it is a local path (starting with one "/"), otherwise {@code otherwise}. */
    public static String localPath(String next, String otherwise) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/'
                || next.startsWith("//") || next.indexOf('\\') >= 0 || next.chars().anyMatch(SignInTarget::isControl)) {
            return otherwise;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : otherwise;
        } catch (URISyntaxException e) {
            return otherwise;
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }
}
