package eu.convivio.training.domain;

import java.util.Locale;
import java.util.Map;

/**
 * Which of a course's titles a reader gets: the translation in the reader's language when the
 * course has one, else the title in the course's own language. A reader of a regional variant
 * ({@code el-CY}) gets the plain language's translation ({@code el}) when there is no exact one, and
 * a reader of the plain language gets a variant's when that is the only one; mails, certificates
 * and calendar entries are written outside a page, so this is the one place that decides.
 */
public final class CourseTitles {

    private CourseTitles() {
    }

    /**
     * @param language     the reader's language tag, or null when unknown
     * @param own          the title in the course's own language
     * @param translations further titles by language tag
     */
    public static String in(String language, String own, Map<String, String> translations) {
        if (language == null || language.isBlank() || translations.isEmpty()) {
            return own;
        }
        String tag = language.strip();
        String exact = translations.get(tag);
        if (exact != null) {
            return exact;
        }
        String primary = primary(tag);
        String plain = translations.get(primary);
        if (plain != null) {
            return plain;
        }
        return translations.entrySet().stream()
                .filter(e -> primary(e.getKey()).equals(primary))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .findFirst().orElse(own);
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
