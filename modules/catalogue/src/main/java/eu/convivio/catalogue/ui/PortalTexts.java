package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.ServiceHit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's words for coded values in the reader's language: weekdays of an opening rule,
 * language names, residence statuses and genders, dates. Weekday and language names come from
 * the JDK's CLDR data, which has all four interface languages, so the bundle keeps only what
 * CLDR does not know.
 */
@Named
@RequestScoped
public class PortalTexts {

    private static final List<String> BYDAY = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private String language;
    private Locale locale;

    /** For CDI. */
    public PortalTexts() {
    }

    /** For tests, which run without Faces. */
    PortalTexts(String language) {
        this.language = language;
    }

    /** The interface language of this request, as the platform's language selection decided it. */
    public String getLanguage() {
        if (language == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            language = context.getApplication().evaluateExpressionGet(context, "#{locale.code}", String.class);
            if (language == null || language.isBlank()) {
                language = "en";
            }
        }
        return language;
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(getLanguage());
        }
        return locale;
    }

    /** A text of the portal bundle, with {0}-style arguments filled in. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            // no fallback to the JVM's default locale: English is the base bundle
            pattern = ResourceBundle.getBundle("eu.convivio.catalogue.ui.portal", getLocale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, getLocale()).format(arguments);
    }

    /** "Monday, Tuesday, Thursday" for {@code MO,TU,TH}; runs of three or more as "Monday – Friday". */
    public String days(String byday) {
        if (byday == null || byday.isBlank()) {
            return text("hours.everyDay");
        }
        List<Integer> indexes = new ArrayList<>();
        for (String day : byday.split(",")) {
            int index = BYDAY.indexOf(day.strip().replaceAll("^[+-]?\\d+", "").toUpperCase(Locale.ROOT));
            if (index >= 0 && !indexes.contains(index)) {
                indexes.add(index);
            }
        }
        indexes.sort(null);
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < indexes.size()) {
            int j = i;
            while (j + 1 < indexes.size() && indexes.get(j + 1) == indexes.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(dayName(indexes.get(i)) + " – " + dayName(indexes.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(dayName(indexes.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private String dayName(int index) {
        return DayOfWeek.of(index + 1).getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
    }

    /** One opening rule as a sentence: "Monday – Thursday, 09:30–17:00". */
    public String hours(ServiceHit.OpeningHours rule) {
        String times = rule.opensAt() == null || rule.closesAt() == null ? ""
                : ", " + time(rule.opensAt()) + "–" + time(rule.closesAt());
        String notes = rule.notes() == null ? "" : " (" + rule.notes() + ")";
        return days(rule.byday()) + times + notes;
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** A language's name in the reader's language ("арабски" for {@code ar} to a Bulgarian reader). */
    public String languageName(String code) {
        if (code == null) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    /** A language's name as it reads inside a sentence (CLDR's own case: "български", "English"). */
    public String languageNameInSentence(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        return name.isEmpty() ? code : name;
    }

    /** Names of several languages, comma separated. */
    public String languageNames(List<String> codes) {
        return String.join(", ", codes.stream().map(this::languageName).toList());
    }

    /** Texts joined with commas, for short lists inside a sentence. */
    public String join(List<String> parts) {
        return String.join(", ", parts);
    }

    public String residenceStatus(String code) {
        return text("status." + code);
    }

    public String gender(String code) {
        return text("gender." + code);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }
}
