package eu.convivio.training.ui;

import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.training.domain.Course;
import eu.convivio.training.domain.CourseSession;
import eu.convivio.training.domain.SessionDay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** How training things read on a page: enumerations in the page's language, dates, places, shares. */
@Named
@RequestScoped
public class TrainingLabels {

    @Inject
    private Directory directory;

    private final Map<UUID, String> cities = new HashMap<>();

    /** An enumeration value by its kind, e.g. {@code label('session', s.status)}: key {@code session.value.open}. */
    public String label(String kind, Enum<?> value) {
        return value == null ? "" : TrainingFeedback.text(kind + ".value." + value.name().toLowerCase(Locale.ROOT));
    }

    public String title(Course course) {
        return course == null ? "" : course.title(TrainingFeedback.language());
    }

    public String description(Course course) {
        return course == null ? "" : course.description(TrainingFeedback.language());
    }

    public String city(UUID municipalityId) {
        return cities.computeIfAbsent(municipalityId, id -> directory.municipality(id).map(MunicipalitySummary::name).orElse(""));
    }

    public String day(SessionDay day) {
        return TrainingFeedback.date(day.getDay()) + ", " + day.getStartsAt().format(DateTimeFormatter.ofPattern("HH:mm"))
                + "–" + day.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** First and last day, or the one day. */
    public String dates(CourseSession s) {
        String first = TrainingFeedback.date(s.getFirstDay());
        return s.getFirstDay().equals(s.getLastDay()) ? first : first + " – " + TrainingFeedback.date(s.getLastDay());
    }

    public String place(CourseSession s) {
        return s.getVenue() != null ? s.getVenue() : TrainingFeedback.text("session.online");
    }

    public String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
