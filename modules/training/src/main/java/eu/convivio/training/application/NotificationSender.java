package eu.convivio.training.application;

import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.training.infrastructure.MailSettings;
import eu.convivio.training.infrastructure.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails the outbox every minute when an SMTP host is configured ({@code convivio.mail.smtp.host});
 * without one it does nothing and the notifications are only listed on the recipients' pages.
 * Every instance of a cluster runs this timer; {@link OutboxDelivery} claims rows with
 * {@code SKIP LOCKED}, so they share the work instead of sending twice. A round is one
 * transaction (the EJB default) of at most {@value #BATCH} mails.
 */
@Singleton
@Lock(LockType.WRITE) // one round at a time per instance; other instances are kept apart by row locks
public class NotificationSender {

    static final int BATCH = 10;
    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "convivio.mail.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "convivio.mail.smtp.port", defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = "convivio.mail.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "convivio.mail.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "convivio.mail.smtp.from", defaultValue = "convivio@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "convivio.mail.smtp.starttls", defaultValue = "true")
    private boolean starttls;

    private Mailer mailer;

    @PostConstruct
    void configure() {
        MailSettings settings = new MailSettings(host, port, user, password, from, starttls);
        mailer = settings.enabled() ? new Mailer(settings) : null;
        LOG.info(mailer == null ? "Training notifications: no SMTP host configured (convivio.mail.smtp.host), nothing is mailed"
                : "Training notifications are mailed through " + host.get() + ":" + port);
    }

    @Schedule(hour = "*", minute = "*", second = "20", persistent = false, info = "training notification mail")
    void everyMinute() {
        if (mailer == null) {
            return;
        }
        try {
            new OutboxDelivery(em, staff, mailer, Clock.systemUTC()).run(BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Training notification round failed; the next minute tries again", e);
            throw e;
        }
    }
}
