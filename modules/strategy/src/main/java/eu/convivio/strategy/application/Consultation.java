package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.domain.CommentAnswer;
import eu.convivio.strategy.domain.CommentTarget;
import eu.convivio.strategy.domain.ConsultationComment;
import eu.convivio.strategy.domain.ConsultationReport;
import eu.convivio.strategy.domain.ConsultationWindow;
import eu.convivio.strategy.infrastructure.StrategyOutline.StrategyHead;
import eu.convivio.strategy.infrastructure.StrategyOutline.VersionHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Public consultation on a strategy's draft: stakeholders comment during the window, the
 * secretariat (council members of the strategy's municipality) answers every comment, and once
 * the window is over the answers and the report are published.
 * <p>
 * Members of the public may comment when the strategy allows it; their comments are limited
 * ({@value #PUBLIC_LIMIT} per {@link #PUBLIC_PERIOD} from one address) so that nobody floods a consultation.
 */
@ApplicationScoped
@Transactional
public class Consultation {

    static final int PUBLIC_LIMIT = 5;
    static final Duration PUBLIC_PERIOD = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    private Clock clock = Clock.systemUTC();

    /** For CDI. */
    public Consultation() {
    }

    /** For persistence tests, which run without a container. */
    Consultation(EntityManager em, Access access, CurrentUser user, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** One row of a report or of the secretariat's list. */
    public record CommentView(UUID id, int versionNumber, CommentTarget targetKind, UUID targetId, String targetTitle,
                              String authorName, String authorOrganisation, String text, Instant submittedAt,
                              CommentAnswer answer, String answerReason, Instant answeredAt, long version) {

        static CommentView of(ConsultationComment c, int versionNumber) {
            return new CommentView(c.getId(), versionNumber, c.getTargetKind(), c.getTargetLineageId(), c.getTargetTitle(),
                    c.getAuthorName(), c.getAuthorOrganisation(), c.getText(), c.getSubmittedAt(), c.getAnswer(),
                    c.getAnswerReason(), c.getAnsweredAt(), c.getVersion());
        }
    }

    /**
     * What commenters see of the consultation: the window, whether it is open today, and what they may
     * comment on; {@code reportAvailable}: whether there is a report to read (a version had comments, or
     * the draft is out for consultation), which everyone may read when {@code reportPublic}.
     */
    public record Status(UUID strategyId, String title, Integer versionNumber, LocalDate start, LocalDate end, boolean open,
                         boolean publicComments, boolean reportPublic, boolean reportAvailable, List<Target> targets) {
    }

    public record Target(CommentTarget kind, UUID id, String title, int depth) {
    }

    /** The consultation report of one version: the window, the counts and every comment with its answer. */
    public record Report(UUID strategyId, String title, int versionNumber, LocalDate start, LocalDate end, boolean published,
                         ConsultationReport.Counts counts, List<ConsultationReport.TargetCounts> byTarget,
                         List<CommentView> comments) {
    }

    /** The day in the strategy's municipality: a window ends at its midnight, not at UTC's. */
    LocalDate today(StrategyHead head) {
        return Days.today(clock, directory, head.municipalityId());
    }

    /** The municipality of a strategy the user may read (for the pages' role checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID municipalityOf(UUID strategyId) {
        return gate().readable(strategyId).municipalityId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(UUID strategyId) {
        StrategyHead head = gate().readable(strategyId);
        VersionHead draft = head.openDraft();
        boolean reportAvailable = reported(head).isPresent();
        if (draft == null) {
            return new Status(head.id(), head.title(), null, null, null, false, head.allowsPublicComments(), true,
                    reportAvailable, List.of());
        }
        ConsultationWindow window = head.window(draft);
        LocalDate today = today(head);
        return new Status(head.id(), head.title(), draft.number(), head.consultationStart(), head.consultationEnd(),
                window.openOn(today), head.allowsPublicComments(), window.reportPublicOn(today), reportAvailable,
                targets(draft.id()));
    }

    /**
     * A comment on a section or measure of the draft out for consultation, by the signed-in user or,
     * where the strategy allows it, by a member of the public writing from {@code clientAddress}.
     */
    public CommentView comment(UUID strategyId, ConsultationComment.Draft draft, String clientAddress) {
        StrategyHead head = gate().readable(strategyId);
        VersionHead version = head.openDraft();
        if (version == null) {
            throw new Problem.Conflict("This strategy has no draft out for public consultation: comments are not taken.");
        }
        head.window(version).requireOpenOn(today(head));
        String sourceKey = null;
        if (!user.isAuthenticated()) {
            if (!head.allowsPublicComments()) {
                throw new Problem.Unauthorized("Sign in to comment: this consultation takes comments from signed-in stakeholders.");
            }
            sourceKey = sourceKey(clientAddress);
            rateLimit(sourceKey);
        }
        ConsultationComment.check(draft);
        String title = targets(version.id()).stream()
                .filter(t -> t.kind() == draft.targetKind() && t.id().equals(draft.targetLineageId()))
                .map(Target::title).findFirst()
                .orElseThrow(() -> new Problem.Invalid("targetId", "The draft under consultation has no such "
                        + draft.targetKind().name().toLowerCase() + "."));
        ConsultationComment comment = new ConsultationComment(UUID.randomUUID(), head.id(), head.municipalityId(), version.id(),
                title, draft, user.isAuthenticated() ? user.accountId().orElse(null) : null, sourceKey, clock.instant());
        em.persist(comment);
        em.flush();
        return CommentView.of(comment, version.number());
    }

    /** Every comment on the strategy, newest version first, for the secretariat to answer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentView> forSecretariat(UUID strategyId, boolean unansweredOnly) {
        StrategyHead head = gate().require(strategyId, Role.COUNCIL);
        return comments(head, null).stream().filter(c -> !unansweredOnly || c.answer() == null).toList();
    }

    /** The secretariat's answer; {@code seenVersion}, when given, is the comment's version the answer was written on. */
    public CommentView answer(UUID strategyId, UUID commentId, Long seenVersion, CommentAnswer answer, String reason) {
        StrategyHead head = gate().require(strategyId, Role.COUNCIL);
        ConsultationComment comment = commentId == null ? null
                : em.find(ConsultationComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || !comment.getStrategyId().equals(head.id())) {
            throw new Problem.NotFound("No such comment on this strategy.");
        }
        if (seenVersion != null) {
            comment.expectVersion(seenVersion);
        }
        comment.answer(answer, reason, user.accountId().orElse(null), clock.instant());
        em.flush();
        int number = gate().outline().versions(head.id()).stream().filter(v -> v.id().equals(comment.getVersionId()))
                .findFirst().map(VersionHead::number).orElse(0);
        return CommentView.of(comment, number);
    }

    /**
     * The report of the version numbered {@code versionNumber}, or of the latest version that was
     * out for consultation. Everyone may read it once the consultation is over; before, only the secretariat.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(UUID strategyId, Integer versionNumber) {
        StrategyHead head = gate().readable(strategyId);
        Optional<VersionHead> chosen = versionNumber != null
                ? gate().outline().versions(head.id()).stream().filter(v -> v.number() == versionNumber).findFirst()
                : reported(head);
        VersionHead version = chosen.orElseThrow(() -> new Problem.NotFound(versionNumber == null
                ? "This strategy has had no consultation yet." : "This strategy has no version " + versionNumber + "."));
        boolean published = head.window(version).reportPublicOn(today(head));
        if (!published && !access.has(head.municipalityId(), Role.COUNCIL)) {
            throw new Problem.Conflict("The consultation report is published when the consultation closes on "
                    + head.consultationEnd() + "; comments are being taken until then.");
        }
        List<CommentView> comments = comments(head, version.id());
        List<ConsultationComment> entities = em.createQuery(
                        "SELECT c FROM ConsultationComment c WHERE c.versionId = :v ORDER BY c.submittedAt, c.id", ConsultationComment.class)
                .setParameter("v", version.id()).getResultList();
        ConsultationReport.Summary summary = ConsultationReport.of(entities);
        boolean current = head.openDraft() != null && head.openDraft().id().equals(version.id());
        return new Report(head.id(), head.title(), version.number(), current ? head.consultationStart() : null,
                current ? head.consultationEnd() : null, published, summary.overall(), summary.byTarget(), comments);
    }

    /** The latest version that was out for consultation: the draft while its window is set, or one with comments. */
    private Optional<VersionHead> reported(StrategyHead head) {
        return gate().outline().versions(head.id()).stream()
                .filter(v -> head.window(v).set() || consulted(v.id())).findFirst();
    }

    private boolean consulted(UUID versionId) {
        return !em.createQuery("SELECT c.id FROM ConsultationComment c WHERE c.versionId = :v", UUID.class)
                .setParameter("v", versionId).setMaxResults(1).getResultList().isEmpty();
    }

    private List<CommentView> comments(StrategyHead head, UUID versionId) {
        var numbers = new java.util.HashMap<UUID, Integer>();
        gate().outline().versions(head.id()).forEach(v -> numbers.put(v.id(), v.number()));
        var query = em.createQuery(
                        "SELECT c FROM ConsultationComment c WHERE c.strategyId = :s" + (versionId == null ? "" : " AND c.versionId = :v")
                                + " ORDER BY c.submittedAt, c.id", ConsultationComment.class)
                .setParameter("s", head.id());
        if (versionId != null) {
            query.setParameter("v", versionId);
        }
        List<ConsultationComment> list = query.getResultList();
        return list.stream().map(c -> CommentView.of(c, numbers.getOrDefault(c.getVersionId(), 0)))
                .sorted(java.util.Comparator.comparingInt(CommentView::versionNumber).reversed()).toList();
    }

    /** The sections (in reading order, with their depth) and then the measures of a version. */
    private List<Target> targets(UUID versionId) {
        var outline = gate().outline();
        var sections = outline.sections(versionId);
        var depth = new java.util.HashMap<UUID, Integer>();
        List<Target> out = new java.util.ArrayList<>();
        for (var s : sections) {
            int d = s.parentId() == null ? 0 : depth.getOrDefault(s.parentId(), 0) + 1;
            depth.put(s.id(), d);
            out.add(new Target(CommentTarget.SECTION, s.lineageId(), s.heading(), d));
        }
        for (var m : outline.measures(versionId)) {
            out.add(new Target(CommentTarget.MEASURE, m.lineageId(), m.title(), 0));
        }
        return out;
    }

    private void rateLimit(String sourceKey) {
        long recent = em.createQuery("SELECT COUNT(c) FROM ConsultationComment c WHERE c.sourceKey = :k AND c.submittedAt > :since",
                        Long.class)
                .setParameter("k", sourceKey).setParameter("since", clock.instant().minus(PUBLIC_PERIOD)).getSingleResult();
        if (recent >= PUBLIC_LIMIT) {
            throw new Problem.TooManyRequests("You have sent " + recent + " comments in the last " + PUBLIC_PERIOD.toMinutes()
                    + " minutes; please wait a few minutes before sending more.", PUBLIC_PERIOD.toSeconds());
        }
    }

    /** Where an anonymous comment came from, as a hash: enough to count, nothing to identify. */
    static String sourceKey(String clientAddress) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("convivio-consultation|" + (clientAddress == null ? "" : clientAddress)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StrategyGate gate() {
        return new StrategyGate(em, access);
    }
}
