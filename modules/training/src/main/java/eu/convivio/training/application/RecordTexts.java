package eu.convivio.training.application;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The texts of the records side in one of the four interface languages (bundle {@code records}),
 * for what is written outside a page: notification mails, certificate PDFs, calendar entries.
 * A language the interface does not have falls back to English.
 */
public final class RecordTexts {

    public static final String BUNDLE = "eu.convivio.training.ui.records";
    public static final List<String> LANGUAGES = List.of("en", "el", "bg", "sk");

    private final ResourceBundle bundle;
    private final Locale locale;

    private RecordTexts(String language) {
        String primary = language == null ? "en" : Locale.forLanguageTag(language).getLanguage();
        this.locale = LANGUAGES.contains(primary) ? Locale.forLanguageTag(primary) : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static RecordTexts in(String language) {
        return new RecordTexts(language);
    }

    /** The language actually used (one of {@link #LANGUAGES}). */
    public String language() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Text " + key + " is missing from " + BUNDLE, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The session's days as the recipient reads dates, with times, e.g. "12 Mar 2026 09:00–16:00; 13 Mar 2026 …". */
    public String days(SessionFacts.Session session) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return session.days().stream()
                .map(d -> date.format(d.date()) + " " + d.start() + "\u2013" + d.end())
                .collect(Collectors.joining("; "));
    }

    public String date(java.time.LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
