package eu.convivio.training.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.training.application.Certificates;
import eu.convivio.training.application.CourseFeedback;
import eu.convivio.training.application.NotificationOutbox;
import eu.convivio.training.application.TrainingCalendars;
import eu.convivio.training.domain.Certificate;
import eu.convivio.training.domain.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The learner's training records: certificates with their PDF, courses waiting for feedback,
 * notifications (mailed or not), and the secret addresses of their calendar feeds.
 */
@Named
@RequestScoped
public class RecordsPage {

    @Inject
    private CurrentUser user;

    @Inject
    private Certificates certificates;

    @Inject
    private CourseFeedback feedback;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private TrainingCalendars calendars;

    @Inject
    private eu.convivio.platform.api.Directory directory;

    private List<Certificate> mine;
    private List<CourseFeedback.Pending> completed;
    private List<Notification> notifications;
    private String learningFeed;
    private String teachingFeed;

    public void load() {
        RecordsFeedback.signInFirst(user.isAuthenticated());
    }

    public List<Certificate> getCertificates() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }

    public List<CourseFeedback.Pending> getCompleted() {
        if (completed == null) {
            completed = feedback.mine();
        }
        return completed;
    }

    public List<Notification> getNotifications() {
        if (notifications == null) {
            notifications = outbox.mine(50);
        }
        return notifications;
    }

    /** Makes new feed addresses and shows them on this response only: they are not stored in the clear. */
    public String renewFeeds() {
        String token = calendars.renewToken();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + external.getRequestContextPath() + "/api/training/calendars/feeds/" + token;
        learningFeed = base + "/learning.ics";
        teachingFeed = base + "/teaching.ics";
        RecordsFeedback.success("records.feeds.renewed");
        return null;
    }

    public String getFeedsCreated() {
        return calendars.tokenCreated().map(this::when).orElse(null);
    }

    public String getLearningFeed() {
        return learningFeed;
    }

    public String getTeachingFeed() {
        return teachingFeed;
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(at.atZone(zone()));
    }

    public String kind(Notification n) {
        return RecordsFeedback.text("notification." + n.getKind().name());
    }

    /** Times as the clock shows them where the user works. */
    private ZoneId zone() {
        return user.selectedMunicipality().flatMap(directory::municipality).map(m -> ZoneId.of(m.timeZone()))
                .orElse(ZoneId.of("UTC"));
    }

    private static Locale locale() {
        return Locale.forLanguageTag(RecordsFeedback.language());
    }
}
