package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.Certificate;
import eu.convivio.training.domain.CertificateCode;
import eu.convivio.training.domain.CertificateText;
import eu.convivio.training.infrastructure.CertificatePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Certificates: issued when a learner completes a session (on the {@code COMPLETED} notice, in
 * the same transaction) or by a trainer of the host municipality; revoked by one with a reason;
 * verified by anyone with the code. Verification tells no more than the certificate shows.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    /** Who may issue and revoke a municipality's certificates and see them all. */
    static final Role[] ISSUERS = {Role.TRAINER, Role.MUNICIPAL_ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private StaffDirectory staff;

    @Inject
    private SessionFacts facts;

    @Inject
    private Event<TrainingNotice> notices;

    @Inject
    @ConfigProperty(name = "convivio.public-url")
    private Optional<String> publicUrl = Optional.empty();

    private Clock clock = Clock.systemUTC();

    public Certificates() {
    }

    /** For persistence tests: no container. */
    Certificates(EntityManager em, Access access, CurrentUser user, StaffDirectory staff, SessionFacts facts,
                 Event<TrainingNotice> notices, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.staff = staff;
        this.facts = facts;
        this.notices = notices;
        this.clock = clock;
        this.publicUrl = Optional.empty();
    }

    /** What verification answers: the certificate's own text, or nothing for an unknown code. */
    public record Verification(Status status, String code, String learnerName, String courseTitle,
                               java.math.BigDecimal hours, LocalDate firstDay, LocalDate lastDay, String hostName,
                               String trainerNames, Instant issuedAt, Instant revokedAt) {

        public enum Status { VALID, REVOKED, UNKNOWN }

        static Verification unknown() {
            return new Verification(Status.UNKNOWN, null, null, null, null, null, null, null, null, null, null);
        }

        static Verification of(Certificate c) {
            // the reason for revoking stays internal: the certificate never showed it
            return new Verification(c.isRevoked() ? Status.REVOKED : Status.VALID, c.code().display(), c.getLearnerName(),
                    c.getCourseTitle(), c.getHours(), c.getFirstDay(), c.getLastDay(), c.getHostName(),
                    c.getTrainerNames(), c.getIssuedAt(), c.getRevokedAt());
        }
    }

    /** Issues the learner's certificate when they complete; joins the transaction that completed them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onNotice(@Observes TrainingNotice notice) {
        if (notice.kind() == TrainingNotice.Kind.COMPLETED && notice.enrolmentId() != null
                && forEnrolment(notice.enrolmentId()).isEmpty()) {
            issue(facts.enrolment(notice.enrolmentId())
                    .orElseThrow(() -> new IllegalStateException("Completed enrolment " + notice.enrolmentId() + " not found")));
        }
    }

    /** Issues by hand (a trainer of the host municipality) for a completed enrolment that has none yet. */
    public Certificate issueFor(UUID enrolmentId) {
        SessionFacts.Enrolment enrolment = facts.enrolment(enrolmentId)
                .orElseThrow(() -> new Problem.NotFound("No such enrolment."));
        SessionFacts.Session session = facts.session(enrolment.sessionId()).orElseThrow();
        access.require(session.hostMunicipalityId(), ISSUERS);
        if (!enrolment.completed()) {
            throw new Problem.Conflict("The learner has not completed this session: a certificate is issued on completion.");
        }
        if (forEnrolment(enrolmentId).isPresent()) {
            throw new Problem.Conflict("A certificate was already issued for this enrolment.");
        }
        return issue(enrolment);
    }

    private Certificate issue(SessionFacts.Enrolment enrolment) {
        SessionFacts.Session session = facts.session(enrolment.sessionId()).orElseThrow();
        Optional<StaffMember> learner = staff.member(enrolment.learnerId());
        String trainers = session.trainerIds().stream().map(staff::member).flatMap(Optional::stream)
                .map(StaffMember::displayName).sorted().collect(Collectors.joining(", "));
        LocalDate first = session.firstDay() == null ? LocalDate.now(clock) : session.firstDay();
        LocalDate last = session.lastDay() == null ? first : session.lastDay();
        // the certificate is written once, in the learner's interface language, course title included
        String language = RecordTexts.in(learner.map(StaffMember::preferredLanguage).orElse(null)).language();
        CertificateText text = new CertificateText(enrolment.id(), session.id(), session.courseId(), enrolment.learnerId(),
                session.hostMunicipalityId(), learner.map(StaffMember::displayName).orElse("?"),
                session.courseTitle(language), session.hours(), first, last, session.hostName(),
                trainers.isEmpty() ? "—" : trainers, language);
        Certificate certificate = new Certificate(freshCode(), text, Instant.now(clock), actor());
        em.persist(certificate);
        em.flush();
        notices.fire(new TrainingNotice(enrolment.learnerId(), TrainingNotice.Kind.CERTIFICATE_ISSUED, session.id(), enrolment.id()));
        return certificate;
    }

    /** Who issues: the signed-in trainer, or "system" when completion came from a job or the demo data. */
    private String actor() {
        try {
            return user.isAuthenticated() ? user.username() : "system";
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return "system";
        }
    }

    /** A code no certificate has: 60 random bits make a clash unlikely, the unique key makes it impossible. */
    private CertificateCode freshCode() {
        for (int i = 0; i < 5; i++) {
            CertificateCode code = CertificateCode.random();
            if (byCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free certificate code after 5 tries");
    }

    public Certificate revoke(UUID certificateId, String reason) {
        Certificate c = readable(certificateId);
        access.require(c.municipalityId(), ISSUERS);
        c.revoke(reason, user.username(), Instant.now(clock));
        em.flush();
        notices.fire(new TrainingNotice(c.getLearnerId(), TrainingNotice.Kind.CERTIFICATE_REVOKED, c.getSessionId(),
                c.getEnrolmentId()));
        return c;
    }

    /** Anyone, signed in or not: confirms or denies a code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String typedCode) {
        return CertificateCode.parse(typedCode).flatMap(this::byCode).map(Verification::of).orElse(Verification.unknown());
    }

    /** The signed-in learner's certificates, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> mine() {
        UUID me = user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in to see your certificates."));
        return em.createQuery("SELECT c FROM Certificate c WHERE c.learnerId = :me ORDER BY c.issuedAt DESC", Certificate.class)
                .setParameter("me", me).getResultList();
    }

    /** A session's certificates, for the trainers and administrators of the host municipality. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> ofSession(UUID sessionId) {
        SessionFacts.Session session = facts.session(sessionId).orElseThrow(() -> new Problem.NotFound("No such session."));
        access.require(session.hostMunicipalityId(), ISSUERS);
        return em.createQuery("SELECT c FROM Certificate c WHERE c.sessionId = :s ORDER BY c.learnerName", Certificate.class)
                .setParameter("s", sessionId).getResultList();
    }

    /** A session's completion and certificates as its trainers see them. */
    public record Overview(SessionFacts.Session session, List<Certificate> certificates, List<Uncertified> uncertified) {
    }

    /** A completed enrolment without a certificate (one revoked and not reissued does not count). */
    public record Uncertified(UUID enrolmentId, String learnerName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(UUID sessionId) {
        List<Certificate> issued = ofSession(sessionId);
        SessionFacts.Session session = facts.session(sessionId).orElseThrow();
        java.util.Set<UUID> certified = issued.stream().map(Certificate::getEnrolmentId).collect(Collectors.toSet());
        List<Uncertified> missing = facts.completedEnrolmentsOfSession(sessionId).stream()
                .filter(e -> !certified.contains(e.id()))
                .map(e -> new Uncertified(e.id(), staff.member(e.learnerId()).map(StaffMember::displayName).orElse("?")))
                .toList();
        return new Overview(session, issued, missing);
    }

    /** One certificate, for its learner or the host's trainers and administrators; 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate readable(UUID certificateId) {
        Certificate c = certificateId == null ? null : em.find(Certificate.class, certificateId);
        if (c == null || !(user.accountId().filter(c.getLearnerId()::equals).isPresent()
                || access.has(c.municipalityId(), ISSUERS))) {
            throw new Problem.NotFound("No such certificate.");
        }
        return c;
    }

    /** The certificate's PDF in its language; {@code siteUrl} is where the verification page is reached. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(UUID certificateId, String siteUrl) {
        return render(readable(certificateId), publicUrl.filter(u -> !u.isBlank()).orElse(siteUrl));
    }

    static byte[] render(Certificate c, String siteUrl) {
        RecordTexts t = RecordTexts.in(c.getLanguage());
        String verifyUrl = (siteUrl == null ? "" : siteUrl.replaceAll("/+$", "")) + "/training/verify.xhtml?code=" + c.code().value();
        String dates = c.getFirstDay().equals(c.getLastDay()) ? t.date(c.getFirstDay())
                : t.date(c.getFirstDay()) + " – " + t.date(c.getLastDay());
        return CertificatePdf.render(new CertificatePdf.Content(t.language(), t.text("certificate.heading"),
                c.getLearnerName(), t.text("certificate.completed"), c.getCourseTitle(),
                t.text("certificate.hours", c.getHours().stripTrailingZeros().toPlainString()),
                t.text("certificate.dates", dates), t.text("certificate.host", c.getHostName()),
                t.text("certificate.trainers", c.getTrainerNames()), t.text("certificate.code"), c.code().display(),
                t.text("certificate.verify", verifyUrl),
                c.isRevoked() ? t.text("certificate.revoked", t.date(c.getRevokedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())) : null));
    }

    Optional<Certificate> forEnrolment(UUID enrolmentId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.enrolmentId = :e", Certificate.class)
                .setParameter("e", enrolmentId).getResultStream().findFirst();
    }

    private Optional<Certificate> byCode(CertificateCode code) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", code.value()).getResultStream().findFirst();
    }
}
