package eu.convivio.training.application;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.Certificate;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certificates on embedded PostgreSQL: issued on completion, verified by code, revoked, printed. */
class CertificatesTest {

    private final RecordsWorld world = new RecordsWorld("IN_PERSON");

    private Certificates certificates(EntityManager em, CurrentUser user, NoticeEvents notices) {
        NotificationOutbox outbox = new NotificationOutbox(em, RecordsWorld.staffDirectory(), world.facts(em), "", Clock.systemUTC());
        notices.observedBy(outbox::record);
        return new Certificates(em, RecordsWorld.access(user), user, RecordsWorld.staffDirectory(), world.facts(em), notices, Clock.systemUTC());
    }

    private CurrentUser trainer() {
        return RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER);
    }

    private UUID completeAndIssue(UUID learner) {
        UUID enrolment = world.enrol(learner, true);
        RecordsWorld.tx(em -> {
            NoticeEvents notices = new NoticeEvents();
            Certificates c = certificates(em, trainer(), notices);
            notices.observedBy(c::onNotice);
            notices.fire(new TrainingNotice(learner, TrainingNotice.Kind.COMPLETED, world.session, enrolment));
            return null;
        });
        return enrolment;
    }

    private Certificate certificateOf(UUID learner) {
        return RecordsWorld.tx(em -> certificates(em, RecordsWorld.user(learner, world.municipality, Role.LEARNER), new NoticeEvents()).mine())
                .get(0);
    }

    @Test
    void theCertificateNamesTheCourseInTheLearnersLanguageWhenTheCourseHasIt() {
        RecordsWorld.sql("INSERT INTO training.course_translation (course_id, language, title) VALUES (?, 'el', 'Συνεργασία με διερμηνείς')",
                world.course);
        UUID greek = world.account("Eleni Papadopoulou", "el-GR", world.department);
        UUID slovak = world.account("Zuzana Kováčová", "sk", world.department);
        completeAndIssue(greek);
        completeAndIssue(slovak);
        assertThat(certificateOf(greek).getCourseTitle()).isEqualTo("Συνεργασία με διερμηνείς");
        assertThat(certificateOf(slovak).getCourseTitle()).isEqualTo("Working with interpreters");
    }

    @Test
    void completingIssuesOneCertificateWithWhatItPrintsAndTellsTheLearner() {
        UUID learner = world.account("Zuzana Kováčová", "sk", world.department);
        UUID enrolment = completeAndIssue(learner);
        Certificate c = certificateOf(learner);
        assertThat(c.getEnrolmentId()).isEqualTo(enrolment);
        assertThat(c.getLearnerName()).isEqualTo("Zuzana Kováčová");
        assertThat(c.getCourseTitle()).isEqualTo("Working with interpreters");
        assertThat(c.getHours()).isEqualByComparingTo("12");
        assertThat(c.getFirstDay()).isEqualTo(world.firstDay);
        assertThat(c.getLastDay()).isEqualTo(world.firstDay.plusDays(1));
        assertThat(c.getHostName()).isEqualTo(world.municipalityName);
        assertThat(c.getTrainerNames()).isEqualTo("Tereza Trénerová");
        assertThat(c.code().value()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(RecordsWorld.query("SELECT kind FROM training.notification WHERE recipient_id = ?", learner))
                .extracting(r -> r[0]).containsExactlyInAnyOrder("COMPLETED", "CERTIFICATE_ISSUED");

        // a second completion notice for the same enrolment issues nothing more
        RecordsWorld.tx(em -> {
            NoticeEvents notices = new NoticeEvents();
            Certificates again = certificates(em, trainer(), notices);
            again.onNotice(new TrainingNotice(learner, TrainingNotice.Kind.COMPLETED, world.session, enrolment));
            return null;
        });
        assertThat(RecordsWorld.query("SELECT count(*) FROM training.certificate WHERE enrolment_id = ?", enrolment).get(0)[0])
                .isEqualTo(1L);
    }

    @Test
    void anyoneVerifiesACodeAsTypedAndAWrongCodeIsDenied() {
        UUID learner = world.account("Nikos Georgiou", "el", null);
        completeAndIssue(learner);
        Certificate c = certificateOf(learner);
        CurrentUser anonymous = RecordsWorld.user(null, null);
        String typed = c.code().display().toLowerCase().replace('1', 'l').replace('0', 'o');
        Certificates.Verification v = RecordsWorld.tx(em -> certificates(em, anonymous, new NoticeEvents()).verify(typed));
        assertThat(v.status()).isEqualTo(Certificates.Verification.Status.VALID);
        assertThat(v.learnerName()).isEqualTo("Nikos Georgiou");
        assertThat(v.code()).isEqualTo(c.code().display());

        String wrong = c.code().value().charAt(0) == 'Z' ? "Y" + c.code().value().substring(1) : "Z" + c.code().value().substring(1);
        assertThat(RecordsWorld.tx(em -> certificates(em, anonymous, new NoticeEvents()).verify(wrong)).status())
                .isEqualTo(Certificates.Verification.Status.UNKNOWN);
        assertThat(RecordsWorld.tx(em -> certificates(em, anonymous, new NoticeEvents()).verify("not a code at all")).learnerName()).isNull();
    }

    @Test
    void theHostsTrainerRevokesWithAReasonAndVerificationSaysRevoked() {
        UUID learner = world.account("Revoked Learner", "en", null);
        completeAndIssue(learner);
        Certificate c = certificateOf(learner);

        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).revoke(c.getId(), "  ")))
                .isInstanceOf(Problem.Invalid.class);
        CurrentUser learnerUser = RecordsWorld.user(learner, world.municipality, Role.LEARNER);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, learnerUser, new NoticeEvents()).revoke(c.getId(), "mine")))
                .isInstanceOf(Problem.Forbidden.class);
        CurrentUser otherCity = RecordsWorld.user(UUID.randomUUID(), UUID.randomUUID(), Role.TRAINER);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, otherCity, new NoticeEvents()).revoke(c.getId(), "no")))
                .isInstanceOf(Problem.NotFound.class);

        RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).revoke(c.getId(), "Attendance was recorded by mistake."));
        Certificates.Verification v = RecordsWorld.tx(em -> certificates(em, RecordsWorld.user(null, null), new NoticeEvents())
                .verify(c.code().value()));
        assertThat(v.status()).isEqualTo(Certificates.Verification.Status.REVOKED);
        assertThat(v.revokedAt()).isNotNull();
        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).revoke(c.getId(), "again")))
                .isInstanceOf(Problem.Conflict.class);
        assertThat(RecordsWorld.query("SELECT kind FROM training.notification WHERE recipient_id = ?", learner))
                .extracting(r -> r[0]).containsExactlyInAnyOrder("COMPLETED", "CERTIFICATE_ISSUED", "CERTIFICATE_REVOKED");
    }

    @Test
    void theLearnerDownloadsTheirPdfAndNobodyElseOutsideTheHostCan() throws IOException {
        UUID learner = world.account("Ελένη Παπαδοπούλου", "el", null);
        completeAndIssue(learner);
        Certificate c = certificateOf(learner);
        byte[] pdf = RecordsWorld.tx(em -> certificates(em, RecordsWorld.user(learner, world.municipality, Role.LEARNER), new NoticeEvents())
                .pdf(c.getId(), "https://convivio.example"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String unwrapped = text.replaceAll("\\s+", "");
            assertThat(text).contains("Ελένη Παπαδοπούλου").contains("Πιστοποιητικό ολοκλήρωσης")
                    .contains(c.code().display());
            assertThat(unwrapped).contains("https://convivio.example/training/verify.xhtml?code=" + c.code().value());
        }
        UUID stranger = world.account("Someone Else", "en", null);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, RecordsWorld.user(stranger, world.municipality, Role.LEARNER),
                new NoticeEvents()).pdf(c.getId(), "")))
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void aTrainerIssuesByHandOnlyForACompletedEnrolmentWithoutOne() {
        UUID learner = world.account("Not Yet Done", "en", null);
        UUID confirmed = world.enrol(learner, false);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).issueFor(confirmed)))
                .isInstanceOf(Problem.Conflict.class);
        UUID done = world.account("Done Learner", "en", null);
        UUID completed = world.enrol(done, true);
        Certificate issued = RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).issueFor(completed));
        assertThat(issued.getLearnerName()).isEqualTo("Done Learner");
        assertThatThrownBy(() -> RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).issueFor(completed)))
                .isInstanceOf(Problem.Conflict.class);
        List<Certificate> ofSession = RecordsWorld.tx(em -> certificates(em, trainer(), new NoticeEvents()).ofSession(world.session));
        assertThat(ofSession).extracting(Certificate::getLearnerName).contains("Done Learner");
    }
}
