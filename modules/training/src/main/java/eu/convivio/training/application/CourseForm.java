package eu.convivio.training.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A course as an editor sends it (API body or editor page), before checking. Enumerations come
 * as their names; lists may be null (none).
 */
public record CourseForm(String title, String description, String language, String format, BigDecimal hours,
                         BigDecimal minAttendanceShare, Boolean finalAssessmentRequired, String approval,
                         List<String> topics, List<UUID> targetDepartments, List<String> targetRoles,
                         List<ObjectiveForm> objectives, List<UUID> trainers, List<UUID> prerequisites,
                         List<TranslationForm> translations) {

    /** A learning objective: the id of an existing one to keep it, none for a new one. */
    public record ObjectiveForm(UUID id, String text) {
    }

    /** Title and description in a further language. */
    public record TranslationForm(String language, String title, String description) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
