package eu.convivio.training.application;

import eu.convivio.catalogue.api.PracticePublishing;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.StudyVisitReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Study visits: the report of what a visit saw at the host city and learned, written by the
 * session's trainers or the host's trainers and administrators, and published once to the
 * catalogue's good-practice library as the host city's practice (which only the host's trainers
 * and administrators may do: the practice speaks for the host).
 */
@ApplicationScoped
@Transactional
public class StudyVisits {

    static final Role[] HOST = {Role.TRAINER, Role.MUNICIPAL_ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private SessionFacts facts;

    @Inject
    private Directory directory;

    @Inject
    private PracticePublishing practices;

    private Clock clock = Clock.systemUTC();

    public StudyVisits() {
    }

    /** For persistence tests. */
    StudyVisits(EntityManager em, Access access, CurrentUser user, SessionFacts facts, Directory directory,
                PracticePublishing practices, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.facts = facts;
        this.directory = directory;
        this.practices = practices;
        this.clock = clock;
    }

    /** The report of a study-visit session, if written; readable by whoever may write it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StudyVisitReport> report(UUID sessionId) {
        SessionFacts.Session session = writable(sessionId);
        return Optional.ofNullable(em.find(StudyVisitReport.class, session.id()));
    }

    /** Writes or rewrites the report; {@code version} is the one read (null for the first writing). */
    public StudyVisitReport write(UUID sessionId, Long version, StudyVisitReport.Text text) {
        SessionFacts.Session session = writable(sessionId);
        if (text == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        StudyVisitReport report = em.find(StudyVisitReport.class, session.id());
        if (report == null) {
            report = new StudyVisitReport(session.id(), session.hostMunicipalityId());
            report.write(text, Instant.now(clock));
            em.persist(report);
        } else {
            if (version == null) {
                throw new Problem.Invalid("version", "Send the version of the report you edited (If-Match or version).");
            }
            report.expectVersion(version);
            if (report.getPracticeId() != null) {
                throw new Problem.Conflict("This report is published; edit the practice in the good-practice library instead.");
            }
            report.write(text, Instant.now(clock));
        }
        em.flush();
        return report;
    }

    /** Publishes the report as a practice of the host city; returns the report with the practice's id. */
    public StudyVisitReport publish(UUID sessionId, Long version) {
        SessionFacts.Session session = writable(sessionId);
        access.require(session.hostMunicipalityId(), HOST);
        StudyVisitReport report = Optional.ofNullable(em.find(StudyVisitReport.class, session.id()))
                .orElseThrow(() -> new Problem.Conflict("Write the report before publishing it."));
        if (version != null) {
            report.expectVersion(version);
        }
        if (report.getPracticeId() != null) {
            throw new Problem.Conflict("This study visit was already published to the good-practice library.");
        }
        MunicipalitySummary host = directory.municipality(session.hostMunicipalityId()).orElseThrow();
        UUID practiceId = practices.publish(host.id(), new PracticePublishing.Draft(session.language(), report.getTitle(),
                report.getSummary(), report.getSummary(), report.getPractices(), report.getLessons(), host.name(),
                host.country(), "Convivio staff training: study visit (" + session.courseTitle() + ")",
                report.getLessons(), null, facts.topics(session.courseId()).stream().limit(8).toList(), List.of()));
        report.published(practiceId, Instant.now(clock));
        em.flush();
        return report;
    }

    private SessionFacts.Session writable(UUID sessionId) {
        SessionFacts.Session session = facts.session(sessionId).orElseThrow(() -> new Problem.NotFound("No such session."));
        boolean trainerOfSession = user.accountId().filter(session.trainerIds()::contains).isPresent();
        if (!trainerOfSession) {
            access.require(session.hostMunicipalityId(), HOST);
        }
        if (!session.isStudyVisit()) {
            throw new Problem.Conflict("Only a session of a study-visit course has a study-visit report.");
        }
        return session;
    }
}
