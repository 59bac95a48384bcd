package eu.convivio.catalogue.domain;

import eu.convivio.platform.api.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A taxonomy that a city adds beside the shared integration themes, with its terms. Terms are
 * named in the taxonomy's language and may carry names in other languages; a term may sit under
 * another (its parent, by code).
 *
 * @param municipalityId the city that keeps it
 * @param version        raised by every save (optimistic locking of the whole taxonomy)
 */
public record CityTaxonomy(UUID id, UUID municipalityId, String name, String description, String language, long version,
                           List<Term> terms) {

    public CityTaxonomy {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** A term; {@code names} are its names in other languages, by BCP 47 tag. */
    public record Term(UUID id, String code, String name, String description, String parentCode, Map<String, String> names) {

        public Term {
            names = names == null ? Map.of() : new TreeMap<>(names);
        }
    }

    /** What an editor sends: the taxonomy as it should be after the save. */
    public record Content(String name, String description, String language, List<Term> terms) {

        public static final int MAX_TERMS = 500;
        private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,99}$");
        private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

        public Content {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }

        /** Checks the whole taxonomy and answers every problem at once, named by path ({@code terms[3].code}). */
        public void check() {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (name == null || name.isBlank()) {
                errors.add(new Problem.FieldError("name", "must not be blank"));
            } else if (name.strip().length() > 200) {
                errors.add(new Problem.FieldError("name", "size must be at most 200"));
            }
            if (description != null && description.length() > 2000) {
                errors.add(new Problem.FieldError("description", "size must be at most 2000"));
            }
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                errors.add(new Problem.FieldError("language", "must be a language tag such as sk or en"));
            }
            if (terms.size() > MAX_TERMS) {
                errors.add(new Problem.FieldError("terms", "at most " + MAX_TERMS + " terms"));
            }
            Set<String> codes = new HashSet<>();
            Set<UUID> ids = new HashSet<>();
            Map<String, String> parents = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                String path = "terms[" + i + "]";
                if (t.code() == null || !CODE.matcher(t.code()).matches()) {
                    errors.add(new Problem.FieldError(path + ".code", "must be lower-case letters, digits and hyphens (up to 100)"));
                } else if (!codes.add(t.code())) {
                    errors.add(new Problem.FieldError(path + ".code", "is used by another term of this taxonomy"));
                }
                if (t.id() != null && !ids.add(t.id())) {
                    errors.add(new Problem.FieldError(path + ".id", "appears twice"));
                }
                if (t.name() == null || t.name().isBlank()) {
                    errors.add(new Problem.FieldError(path + ".name", "must not be blank"));
                } else if (t.name().strip().length() > 300) {
                    errors.add(new Problem.FieldError(path + ".name", "size must be at most 300"));
                }
                if (t.description() != null && t.description().length() > 2000) {
                    errors.add(new Problem.FieldError(path + ".description", "size must be at most 2000"));
                }
                t.names().forEach((l, n) -> {
                    if (l == null || !LANGUAGE.matcher(l).matches()) {
                        errors.add(new Problem.FieldError(path + ".names", "'" + l + "' is not a language tag"));
                    } else if (n == null || n.isBlank() || n.strip().length() > 300) {
                        errors.add(new Problem.FieldError(path + ".names." + l, "must be 1 to 300 characters"));
                    }
                });
                if (t.parentCode() != null && !t.parentCode().isBlank()) {
                    parents.put(t.code(), t.parentCode());
                }
            }
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                String parent = parents.get(t.code());
                if (parent == null) {
                    continue;
                }
                if (!codes.contains(parent)) {
                    errors.add(new Problem.FieldError("terms[" + i + "].parentCode", "is not a code of this taxonomy"));
                } else if (circular(t.code(), parents)) {
                    errors.add(new Problem.FieldError("terms[" + i + "].parentCode", "would put the term under itself"));
                }
            }
            if (!errors.isEmpty()) {
                throw new Problem.Invalid(errors);
            }
        }

        private static boolean circular(String code, Map<String, String> parents) {
            Set<String> seen = new HashSet<>();
            String at = code;
            while (at != null) {
                if (!seen.add(at)) {
                    return true;
                }
                at = parents.get(at);
            }
            return false;
        }
    }

    public Content content() {
        return new Content(name, description, language, terms);
    }
}
