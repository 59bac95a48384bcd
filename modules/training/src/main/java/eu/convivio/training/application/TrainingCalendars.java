package eu.convivio.training.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.StaffDirectory;
import eu.convivio.platform.api.StaffMember;
import eu.convivio.training.domain.CalendarFeed;
import eu.convivio.training.infrastructure.SessionCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Training sessions as iCalendar: one session's {@code .ics} (anyone for sessions open for
 * enrolment, otherwise members of the host municipality, its enrolled learners and trainers),
 * and per account a learner feed (sessions they hold or wait for a place in) and a trainer feed
 * (sessions they teach), reached with the account's secret feed token.
 */
@ApplicationScoped
@Transactional
public class TrainingCalendars {

    /** Session states whose calendar entry anyone may download: those open to enrolment and their course. */
    static final Set<String> PUBLIC_STATES = Set.of("OPEN", "FULL", "RUNNING");

    public enum Feed { LEARNING, TEACHING }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser user;

    @Inject
    private Access access;

    @Inject
    private SessionFacts facts;

    @Inject
    private StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "convivio.public-url")
    private Optional<String> publicUrl = Optional.empty();

    private Clock clock = Clock.systemUTC();

    public TrainingCalendars() {
    }

    /** For persistence tests. */
    TrainingCalendars(EntityManager em, CurrentUser user, Access access, SessionFacts facts, StaffDirectory staff, Clock clock) {
        this.em = em;
        this.staff = staff;
        this.user = user;
        this.access = access;
        this.facts = facts;
        this.clock = clock;
        this.publicUrl = Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String session(UUID sessionId, String siteUrl) {
        SessionFacts.Session s = facts.session(sessionId).orElseThrow(() -> new Problem.NotFound("No such session."));
        if (!PUBLIC_STATES.contains(s.status()) && !access.has(s.hostMunicipalityId())
                && !involved(s)) {
            throw new Problem.NotFound("No such session.");
        }
        // a signed-in reader gets the title in their interface language; anyone else the course's own
        String language = user.isAuthenticated() ? RecordTexts.in(user.preferredLanguage()).language() : null;
        return SessionCalendar.write(s.courseTitle(language), List.of(entry(s, siteUrl, language)), Instant.now(clock));
    }

    private boolean involved(SessionFacts.Session s) {
        Optional<UUID> me = user.accountId();
        return me.isPresent() && (s.trainerIds().contains(me.get())
                || facts.sessionsOfLearner(me.get()).stream().anyMatch(x -> x.id().equals(s.id())));
    }

    /** A feed by its secret token; an unknown or replaced token is answered as not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String feed(String token, Feed feed, String siteUrl) {
        if (!CalendarFeed.wellFormed(token)) {
            throw new Problem.NotFound("No such calendar.");
        }
        UUID account = em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :h", CalendarFeed.class)
                .setParameter("h", CalendarFeed.hash(token)).getResultStream().findFirst()
                .map(CalendarFeed::getAccountId).orElseThrow(() -> new Problem.NotFound("No such calendar."));
        List<SessionFacts.Session> sessions = feed == Feed.LEARNING ? facts.sessionsOfLearner(account) : facts.sessionsOfTrainer(account);
        // a feed is fetched by a calendar program, not the person: it is in the language of the account that owns it
        RecordTexts texts = RecordTexts.in(staff.member(account).map(StaffMember::preferredLanguage).orElse(null));
        String name = texts.text(feed == Feed.LEARNING ? "calendar.learning" : "calendar.teaching");
        return SessionCalendar.write(name, sessions.stream().map(s -> entry(s, siteUrl, texts.language())).toList(), Instant.now(clock));
    }

    /** Makes a new secret for the signed-in account; the old feed addresses stop working. */
    public String renewToken() {
        UUID me = user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in to get calendar feeds."));
        CalendarFeed feed = em.find(CalendarFeed.class, me);
        if (feed == null) {
            feed = new CalendarFeed(me);
            String token = feed.renew(Instant.now(clock));
            em.persist(feed);
            return token;
        }
        return feed.renew(Instant.now(clock));
    }

    /** When the signed-in account's feed token was made, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> tokenCreated() {
        return user.accountId().map(me -> em.find(CalendarFeed.class, me)).map(CalendarFeed::getCreatedAt);
    }

    private SessionCalendar.Entry entry(SessionFacts.Session s, String siteUrl, String language) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(siteUrl);
        URI page = base == null || base.isBlank() ? null
                : URI.create(base.replaceAll("/+$", "") + "/training/session.xhtml?id=" + s.id());
        String place = s.venue() != null && !s.venue().isBlank() ? s.venue() : s.onlineLink();
        String description = s.hostName() + (s.onlineLink() != null ? "\n" + s.onlineLink() : "");
        return new SessionCalendar.Entry(s.id(), s.courseTitle(language), description, place, s.timeZone(), s.isCancelled(),
                s.days().stream().map(d -> new SessionCalendar.Day(d.date(), d.start(), d.end())).toList(), page);
    }
}
