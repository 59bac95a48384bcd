package eu.convivio.training.application;

import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.training.domain.Notification;
import eu.convivio.training.domain.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notification outbox. It observes {@link TrainingNotice} synchronously, in the transaction
 * that changed the enrolment or session, and writes the notification there: it is stored if and
 * only if the change commits, and a notification is never sent for a change that was rolled back.
 * The text is rendered now, in the recipient's preferred language; {@link NotificationSender}
 * mails it later.
 */
@ApplicationScoped
public class NotificationOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private SessionFacts sessions;

    @Inject
    private CurrentUser user;

    @Inject
    @ConfigProperty(name = "convivio.public-url")
    private Optional<String> publicUrl = Optional.empty();

    private Clock clock = Clock.systemUTC();

    public NotificationOutbox() {
    }

    /** For persistence tests. */
    NotificationOutbox(EntityManager em, StaffDirectory staff, SessionFacts sessions, String publicUrl, Clock clock) {
        this.em = em;
        this.staff = staff;
        this.sessions = sessions;
        this.publicUrl = Optional.ofNullable(publicUrl).filter(u -> !u.isBlank());
        this.clock = clock;
    }

    NotificationOutbox withUser(CurrentUser user) {
        this.user = user;
        return this;
    }

    /** Joins the caller's transaction: a notice fired outside one is a programming error and fails. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(@Observes TrainingNotice notice) {
        Optional<StaffMember> recipient = staff.member(notice.recipient());
        SessionFacts.Session session = sessions.session(notice.sessionId())
                .orElseThrow(() -> new IllegalStateException("Notice about unknown session " + notice.sessionId()));
        RecordTexts texts = RecordTexts.in(recipient.map(StaffMember::preferredLanguage).orElse(null));
        String kind = notice.kind().name();
        String texted = kind;
        // a request is also told to those who approve it: they read it as a request to decide on
        if (notice.kind() == TrainingNotice.Kind.ENROLMENT_REQUESTED && notice.enrolmentId() != null
                && sessions.enrolment(notice.enrolmentId()).filter(e -> !e.learnerId().equals(notice.recipient())).isPresent()) {
            texted = kind + ".approver";
        }
        String name = recipient.map(StaffMember::displayName).orElse("");
        String title = session.courseTitle(texts.language());
        String subject = texts.text("mail." + texted + ".subject", title);
        String body = texts.text("mail.greeting", name) + "\n\n"
                + texts.text("mail." + texted + ".body", title, session.hostName()) + "\n\n"
                + texts.text("mail.when", texts.days(session)) + "\n"
                + (session.venue() == null || session.venue().isBlank() ? "" : texts.text("mail.where", session.venue()) + "\n")
                + publicUrl.filter(u -> !u.isBlank())
                .map(u -> "\n" + texts.text("mail.link", u.replaceAll("/+$", "") + "/training/records.xhtml") + "\n").orElse("")
                + "\n" + texts.text("mail.signature");
        em.persist(new Notification(notice.recipient(), NotificationKind.valueOf(kind), notice.sessionId(),
                notice.enrolmentId(), texts.language(), subject, body, Instant.now(clock)));
    }

    /** The signed-in person's notifications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine(int limit) {
        var me = user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in to see your notifications."));
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :me ORDER BY n.createdAt DESC, n.id",
                        Notification.class)
                .setParameter("me", me).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }
}
