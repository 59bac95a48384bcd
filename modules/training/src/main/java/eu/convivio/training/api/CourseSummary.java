package eu.convivio.training.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A course as other modules see it (strategy measures name the training they require).
 *
 * @param topicCodes codes of the shared integration-theme taxonomy terms the course covers
 */
public record CourseSummary(UUID id, String title, List<String> topicCodes, BigDecimal hours, String language) {
}
