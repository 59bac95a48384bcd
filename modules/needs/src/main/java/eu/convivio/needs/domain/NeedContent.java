package eu.convivio.needs.domain;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.platform.api.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an officer writes about a need: a group's situation, never a person's. People affected
 * and in need are estimates for the group.
 *
 * @param districtId null for the whole municipality
 * @param languages  BCP 47 tags of the languages the group speaks
 */
public record NeedContent(String themeCode, UUID districtId, PopulationGroup populationGroup, String description,
                          Integer severity, Integer peopleAffected, Integer peopleInNeed, String evidence,
                          String source, List<String> languages, String recommendedActions) {

    public static final int MIN_SEVERITY = 1;
    public static final int MAX_SEVERITY = 5;
    public static final int MAX_DESCRIPTION = 4000;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    public NeedContent {
        languages = languages == null ? List.of()
                : languages.stream().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    /** The rules a need keeps on its own, field by field; empty when it keeps them all. */
    public List<Problem.FieldError> problems() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (themeCode == null || themeCode.isBlank()) {
            errors.add(new Problem.FieldError("theme", "Choose the theme of the need."));
        }
        if (populationGroup == null) {
            errors.add(new Problem.FieldError("populationGroup", "Choose the population group the need concerns."));
        }
        if (description == null || description.isBlank()) {
            errors.add(new Problem.FieldError("description", "Describe the need."));
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "At most " + MAX_DESCRIPTION + " characters."));
        }
        if (severity == null) {
            errors.add(new Problem.FieldError("severity", "Choose a severity from 1 (minor) to 5 (critical)."));
        } else if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            errors.add(new Problem.FieldError("severity", "Severity runs from 1 (minor) to 5 (critical)."));
        }
        if (peopleAffected != null && peopleAffected < 0) {
            errors.add(new Problem.FieldError("peopleAffected", "An estimate cannot be negative."));
        }
        if (peopleInNeed != null && peopleInNeed < 0) {
            errors.add(new Problem.FieldError("peopleInNeed", "An estimate cannot be negative."));
        } else if (peopleInNeed != null && peopleAffected != null && peopleAffected >= 0 && peopleInNeed > peopleAffected) {
            errors.add(new Problem.FieldError("peopleInNeed",
                    "People in need cannot be more than people affected (" + peopleAffected + ")."));
        }
        for (String language : languages) {
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                errors.add(new Problem.FieldError("languages",
                        "\"" + language + "\" is not a language tag such as uk, ar or fa-AF."));
                break;
            }
        }
        if (String.join(" ", languages).length() > 500) {
            errors.add(new Problem.FieldError("languages", "Too many languages."));
        }
        return errors;
    }
}
