package eu.convivio.training.application;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.convivio.platform.testing.TestPersistence;
import eu.convivio.training.domain.Notification;
import eu.convivio.training.infrastructure.MailSettings;
import eu.convivio.training.infrastructure.Mailer;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox on embedded PostgreSQL and the sender against a real SMTP server in the JVM
 * (GreenMail): stored with the change or not at all, mailed once, retried after a failure,
 * and never mailed twice by two instances claiming at the same time.
 */
class NotificationOutboxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private final RecordsWorld world = new RecordsWorld("IN_PERSON");

    private NotificationOutbox outbox(EntityManager em) {
        return new NotificationOutbox(em, RecordsWorld.staffDirectory(), world.facts(em), "https://convivio.example", Clock.systemUTC());
    }

    private Mailer mailer(int port) {
        return new Mailer(new MailSettings(Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(),
                "training@convivio.example", false));
    }

    private List<Object[]> rows(UUID recipient) {
        return RecordsWorld.query("SELECT kind, subject, body, language, sent_at, attempts, last_error, next_attempt_at > now() "
                + "FROM training.notification WHERE recipient_id = ? ORDER BY created_at", recipient);
    }

    @Test
    void aNoticeIsStoredInTheRecipientsLanguageWithTheChangeThatCausedIt() {
        UUID learner = world.account("Ján Novák", "sk", world.department);
        UUID enrolment = world.enrol(learner, false);
        RecordsWorld.tx(em -> {
            outbox(em).record(new TrainingNotice(learner, TrainingNotice.Kind.WAITLISTED, world.session, enrolment));
            return null;
        });
        List<Object[]> rows = rows(learner);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[0]).isEqualTo("WAITLISTED");
        assertThat((String) rows.get(0)[1]).isEqualTo("Na zozname čakateľov: Working with interpreters");
        assertThat((String) rows.get(0)[2]).contains("Dobrý deň, Ján Novák").contains(world.municipalityName)
                .contains("City hall, room 2").contains("https://convivio.example/training/records.xhtml");
        assertThat(rows.get(0)[3]).isEqualTo("sk");
        assertThat(rows.get(0)[4]).isNull();
    }

    @Test
    void theCourseTitleIsInTheRecipientsLanguageWhenTheCourseHasIt() {
        RecordsWorld.sql("INSERT INTO training.course_translation (course_id, language, title) VALUES (?, 'sk', 'Práca s tlmočníkmi')",
                world.course);
        UUID slovak = world.account("Ján Novák", "sk", world.department);
        UUID greek = world.account("Eleni Papadopoulou", "el", null);
        RecordsWorld.tx(em -> {
            outbox(em).record(new TrainingNotice(slovak, TrainingNotice.Kind.ENROLMENT_CONFIRMED, world.session, world.enrol(slovak, false)));
            outbox(em).record(new TrainingNotice(greek, TrainingNotice.Kind.ENROLMENT_CONFIRMED, world.session, world.enrol(greek, false)));
            return null;
        });
        assertThat((String) rows(slovak).get(0)[1]).contains("Práca s tlmočníkmi").doesNotContain("Working with interpreters");
        assertThat((String) rows(slovak).get(0)[2]).contains("Práca s tlmočníkmi");
        // no Greek translation: the course's own title
        assertThat((String) rows(greek).get(0)[1]).contains("Working with interpreters");
    }

    @Test
    void aNoticeOfAChangeThatIsRolledBackLeavesNothing() {
        UUID learner = world.account("Eleni Papadopoulou", "el", null);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> {
            outbox(em).record(new TrainingNotice(learner, TrainingNotice.Kind.ENROLMENT_CONFIRMED, world.session, null));
            em.flush();
            throw new IllegalStateException("the enrolment change failed");
        })).hasMessage("the enrolment change failed");
        assertThat(rows(learner)).isEmpty();
    }

    @Test
    void theSenderMailsEachNotificationOnceAndMarksItSent() throws Exception {
        UUID learner = world.account("Maria Ivanova", "bg", null);
        RecordsWorld.tx(em -> {
            outbox(em).record(new TrainingNotice(learner, TrainingNotice.Kind.SESSION_CANCELLED, world.session, null));
            return null;
        });
        OutboxDelivery.Round first = RecordsWorld.tx(em -> new OutboxDelivery(em, RecordsWorld.staffDirectory(),
                mailer(SMTP.getSmtp().getPort()), Clock.systemUTC()).run(1000));
        assertThat(first.sent()).isGreaterThanOrEqualTo(1);
        MimeMessage[] received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).startsWith("Сесията е отменена"))
                .toArray(MimeMessage[]::new);
        assertThat(received).hasSize(1);
        assertThat(header(received[0], "To")).contains("@example.org");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("training@convivio.example");
        assertThat(rows(learner).get(0)[4]).isNotNull();
        assertThat(rows(learner).get(0)[5]).isEqualTo(1);

        int before = SMTP.getReceivedMessages().length;
        RecordsWorld.tx(em -> new OutboxDelivery(em, RecordsWorld.staffDirectory(), mailer(SMTP.getSmtp().getPort()), Clock.systemUTC()).run(1000));
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
    }

    @Test
    void aFailedSendIsRetriedLaterWithTheError() {
        UUID learner = world.account("Ahmet Yılmaz", "en", null);
        RecordsWorld.tx(em -> {
            outbox(em).record(new TrainingNotice(learner, TrainingNotice.Kind.ENROLMENT_DECLINED, world.session, null));
            return null;
        });
        // nothing listens on this port: the connection is refused
        OutboxDelivery.Round round = RecordsWorld.tx(em -> new OutboxDelivery(em, RecordsWorld.staffDirectory(), mailer(1),
                Clock.systemUTC()).run(1000));
        assertThat(round.failed()).isGreaterThanOrEqualTo(1);
        Object[] row = rows(learner).get(0);
        assertThat(row[4]).isNull();
        assertThat(row[5]).isEqualTo(1);
        assertThat((String) row[6]).contains("MailConnectException");
        assertThat(row[7]).isEqualTo(true);
    }

    @Test
    void twoInstancesClaimingAtOnceNeverSendTheSameNotification() throws Exception {
        UUID learner = world.account("Two Instances", "en", null);
        RecordsWorld.tx(em -> {
            for (int i = 0; i < 4; i++) {
                outbox(em).record(new TrainingNotice(learner, TrainingNotice.Kind.SESSION_CHANGED, world.session, null));
            }
            return null;
        });
        int before = SMTP.getReceivedMessages().length;
        var factory = TestPersistence.unit("convivio-training-test");
        EntityManager a = factory.createEntityManager();
        EntityManager b = factory.createEntityManager();
        EntityTransaction ta = a.getTransaction();
        EntityTransaction tb = b.getTransaction();
        ta.begin();
        // instance A claims two rows and has not committed yet when instance B runs
        OutboxDelivery.Round roundA = new OutboxDelivery(a, RecordsWorld.staffDirectory(), mailer(SMTP.getSmtp().getPort()), Clock.systemUTC()).run(2);
        tb.begin();
        OutboxDelivery.Round roundB = new OutboxDelivery(b, RecordsWorld.staffDirectory(), mailer(SMTP.getSmtp().getPort()), Clock.systemUTC()).run(1000);
        tb.commit();
        ta.commit();
        a.close();
        b.close();
        assertThat(roundA.sent()).isEqualTo(2);
        long mine = Arrays.stream(SMTP.getReceivedMessages()).skip(before).filter(m -> subject(m).startsWith("Session changed")).count();
        assertThat(mine).isEqualTo(4);
        assertThat(rows(learner)).allSatisfy(r -> assertThat(r[4]).isNotNull());
        assertThat(rows(learner)).allSatisfy(r -> assertThat(r[5]).isEqualTo(1));
        assertThat(roundB.sent()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theLearnerSeesTheirOwnNotificationsOnly() {
        UUID learner = world.account("Listed Learner", "en", null);
        UUID other = world.account("Other Learner", "en", null);
        RecordsWorld.tx(em -> {
            outbox(em).record(new TrainingNotice(learner, TrainingNotice.Kind.ENROLMENT_CONFIRMED, world.session, null));
            outbox(em).record(new TrainingNotice(other, TrainingNotice.Kind.ENROLMENT_CONFIRMED, world.session, null));
            return null;
        });
        List<Notification> mine = RecordsWorld.tx(em -> new NotificationOutbox(em, RecordsWorld.staffDirectory(), world.facts(em), "",
                Clock.systemUTC()).withUser(RecordsWorld.user(learner, world.municipality)).mine(50));
        assertThat(mine).hasSize(1).allSatisfy(n -> assertThat(n.getRecipientId()).isEqualTo(learner));
        assertThat(mine.get(0).getSubject()).isEqualTo("Place confirmed: Working with interpreters");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? "" : String.join(",", values);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
