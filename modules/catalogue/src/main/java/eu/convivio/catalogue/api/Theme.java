package eu.convivio.catalogue.api;

import java.util.Map;
import java.util.UUID;

/**
 * One integration theme: its HSDS taxonomy-term id, its stable code (e.g. {@code legal-counselling})
 * and its name by language (BCP 47 primary tag; English always present).
 */
public record Theme(UUID id, String code, Map<String, String> names) {

    public Theme {
        names = Map.copyOf(names);
    }

    /** The name in the language asked for, in English when the theme has none in it. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }
}
