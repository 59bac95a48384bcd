package eu.convivio.platform.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The interface languages, each named in its own language, and where the choice is kept. */
public final class Languages {

    /** Session attribute; the authentication mechanism carries it across sign-in. */
    public static final String SESSION_ATTRIBUTE = "convivio.locale";
    public static final String COOKIE = "CONVIVIO_LANG";
    public static final String PARAMETER = "lang";
    public static final String DEFAULT = "en";

    /** A language as offered in the switcher. */
    public record Language(String code, String nativeName) {
    }

    public static final List<Language> ALL = List.of(
            new Language("en", "English"),
            new Language("el", "Ελληνικά"),
            new Language("bg", "Български"),
            new Language("sk", "Slovenčina"));

    private Languages() {
    }

    public static boolean supported(String code) {
        return code != null && ALL.stream().anyMatch(l -> l.code().equals(code));
    }

    /** A query string without the language parameter; empty when nothing else is left. */
    static String withoutLanguage(String query) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }

    /** The supported code for a locale, or null when the interface does not speak its language. */
    public static String codeOf(Locale locale) {
        if (locale == null) {
            return null;
        }
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        return supported(language) ? language : null;
    }
}
