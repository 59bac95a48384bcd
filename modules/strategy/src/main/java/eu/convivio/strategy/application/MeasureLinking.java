package eu.convivio.strategy.application;

import eu.convivio.catalogue.api.ServiceDirectory;
import eu.convivio.catalogue.api.ServiceSummary;
import eu.convivio.needs.api.NeedDirectory;
import eu.convivio.needs.api.NeedSummary;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.api.MeasureLinks;
import eu.convivio.strategy.api.MeasureReference;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.strategy.domain.MeasureLink;
import eu.convivio.strategy.infrastructure.StrategyOutline.StrategyHead;
import eu.convivio.training.api.CourseDirectory;
import eu.convivio.training.api.CourseSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Links of measures (by lineage) to the needs they address, the catalogue services that deliver
 * them and the training courses they require. The council of the strategy's municipality links
 * and unlinks; everyone who may read the strategy sees the links to services and courses, and
 * members of the municipality also those to its needs (needs are not public).
 * <p>
 * Needs mapping and training are reached through their {@code api} only and looked up lazily, so
 * that the strategy module works (without those links) where a module is not deployed.
 */
@ApplicationScoped
@Transactional
public class MeasureLinking implements MeasureLinks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private ServiceDirectory services;

    @Inject
    private Instance<NeedDirectory> needInstance;

    @Inject
    private Instance<CourseDirectory> courseInstance;

    private Optional<NeedDirectory> needsInTests;
    private Optional<CourseDirectory> coursesInTests;
    private Clock clock = Clock.systemUTC();

    /** For CDI. */
    public MeasureLinking() {
    }

    /** For persistence tests, which run without a container: the other modules are given. */
    MeasureLinking(EntityManager em, Access access, CurrentUser user, ServiceDirectory services, NeedDirectory needs,
                   CourseDirectory courses, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.services = services;
        this.needsInTests = Optional.ofNullable(needs);
        this.coursesInTests = Optional.ofNullable(courses);
        this.clock = clock;
    }

    /** One link as shown: the linked thing's name and a line about it, and whether it still stands (service offered, need open). */
    public record LinkView(UUID id, LinkKind kind, UUID targetId, String name, String detail, String status, boolean current) {
    }

    /** A measure's links by kind, and its open review flags. */
    public record LinkSet(UUID strategyId, UUID measureId, String measureTitle, List<LinkView> needs, List<LinkView> services,
                          List<LinkView> courses, List<ReviewFlags.FlagView> flags, boolean needsAvailable,
                          boolean coursesAvailable) {
    }

    Optional<NeedDirectory> needs() {
        if (needsInTests != null) {
            return needsInTests;
        }
        return needInstance != null && needInstance.isResolvable() ? Optional.of(needInstance.get()) : Optional.empty();
    }

    Optional<CourseDirectory> courses() {
        if (coursesInTests != null) {
            return coursesInTests;
        }
        return courseInstance != null && courseInstance.isResolvable() ? Optional.of(courseInstance.get()) : Optional.empty();
    }

    ServiceDirectory services() {
        return services;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkSet links(UUID strategyId, UUID measureId, String language) {
        StrategyHead head = gate().readable(strategyId);
        String title = measureTitle(head, measureId);
        List<MeasureLink> links = linksOf(head.id(), measureId);
        boolean member = access.has(head.municipalityId());
        return new LinkSet(head.id(), measureId, title,
                member ? needViews(links) : List.of(),
                serviceViews(links, language),
                courseViews(links),
                member ? new ReviewFlags(em, access, clock).openFlags(head.id(), measureId) : List.of(),
                needs().isPresent(), courses().isPresent());
    }

    /** An open review flag with the service or need that caused it, as far as the reader may see it. */
    public record FlagDetail(ReviewFlags.FlagView flag, String targetName, String targetDetail) {
    }

    /**
     * The strategy's open review flags by measure lineage, each with the withdrawn service or the
     * closed need it names; members of the municipality only (flags name its needs).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<FlagDetail>> openFlagsByMeasure(UUID strategyId, String language) {
        StrategyHead head = gate().require(strategyId);
        List<ReviewFlags.FlagView> open = new ReviewFlags(em, access, clock).openFlags(head.id(), null);
        Map<UUID, ServiceSummary> withdrawn = services.services(open.stream()
                        .filter(f -> f.reason() == eu.convivio.strategy.domain.FlagReason.SERVICE_WITHDRAWN)
                        .map(ReviewFlags.FlagView::targetId).distinct().toList(), language)
                .stream().collect(Collectors.toMap(ServiceSummary::id, Function.identity(), (a, b) -> a));
        Map<UUID, List<FlagDetail>> out = new java.util.LinkedHashMap<>();
        for (ReviewFlags.FlagView f : open) {
            FlagDetail detail = switch (f.reason()) {
                case SERVICE_WITHDRAWN -> Optional.ofNullable(withdrawn.get(f.targetId()))
                        .map(x -> new FlagDetail(f, x.name(), x.organizationName() + " · " + x.status()))
                        .orElseGet(() -> new FlagDetail(f, null, null));
                case NEED_CLOSED -> needs().flatMap(d -> d.find(f.targetId()))
                        .map(n -> new FlagDetail(f, n.description(), needDetail(n)))
                        .orElseGet(() -> new FlagDetail(f, null, null));
            };
            out.computeIfAbsent(f.measureId(), k -> new ArrayList<>()).add(detail);
        }
        return out;
    }

    /** Whether someone is signed in (needs are never public). */
    public boolean signedIn() {
        return user.isAuthenticated();
    }

    /** The strategy's title, for pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String strategyTitle(UUID strategyId) {
        return gate().readable(strategyId).title();
    }

    /** Whether the user may change the strategy's links (council of its municipality). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayLink(UUID strategyId) {
        return access.has(gate().readable(strategyId).municipalityId(), Role.COUNCIL);
    }

    /** The municipality's needs that are not closed, for the council to pick from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NeedSummary> needsToLink(UUID strategyId) {
        StrategyHead head = gate().require(strategyId, Role.COUNCIL);
        return needs().map(d -> d.openNeeds(head.municipalityId(), 1)).orElse(List.of());
    }

    /** Published courses, for the council to pick from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseSummary> coursesToLink(UUID strategyId) {
        gate().require(strategyId, Role.COUNCIL);
        return courses().map(d -> d.courses(null)).orElse(List.of());
    }

    /** Offered services whose name has the words, for the council to pick from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceSummary> servicesToLink(UUID strategyId, String words, String language) {
        gate().require(strategyId, Role.COUNCIL);
        return services.search(words, language, 30).stream().filter(s -> !s.withdrawn()).limit(20).toList();
    }

    /** Links the measure to a need of the municipality, a catalogue service or a course. */
    public LinkView link(UUID strategyId, UUID measureId, LinkKind kind, UUID targetId, String language) {
        StrategyHead head = gate().require(strategyId, Role.COUNCIL);
        measureTitle(head, measureId);
        if (kind == null) {
            throw new Problem.Invalid("kind", "Say what to link: need, service or course.");
        }
        if (targetId == null) {
            throw new Problem.Invalid("targetId", "Choose the " + kind.name().toLowerCase() + " to link.");
        }
        checkTarget(head, kind, targetId, language);
        boolean exists = !em.createQuery("SELECT l.id FROM MeasureLink l WHERE l.strategyId = :s AND l.measureLineageId = :m "
                        + "AND l.kind = :k AND l.targetId = :t", UUID.class)
                .setParameter("s", head.id()).setParameter("m", measureId).setParameter("k", kind).setParameter("t", targetId)
                .getResultList().isEmpty();
        if (exists) {
            throw new Problem.Conflict("The measure is already linked to this " + kind.name().toLowerCase() + ".");
        }
        MeasureLink link = new MeasureLink(UUID.randomUUID(), head.id(), head.municipalityId(), measureId, kind, targetId,
                user.accountId().orElse(null), clock.instant());
        em.persist(link);
        em.flush();
        List<LinkView> views = switch (kind) {
            case NEED -> needViews(List.of(link));
            case SERVICE -> serviceViews(List.of(link), language);
            case COURSE -> courseViews(List.of(link));
        };
        return views.get(0);
    }

    public void unlink(UUID strategyId, UUID measureId, UUID linkId) {
        StrategyHead head = gate().require(strategyId, Role.COUNCIL);
        MeasureLink link = linkId == null ? null : em.find(MeasureLink.class, linkId);
        if (link == null || !link.getStrategyId().equals(head.id()) || !link.getMeasureLineageId().equals(measureId)) {
            throw new Problem.NotFound("No such link of this measure.");
        }
        em.remove(link);
        em.flush();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureReference> measuresAddressing(UUID needId) {
        Optional<NeedSummary> need = needId == null ? Optional.empty() : needs().flatMap(d -> d.find(needId));
        return need.isEmpty() ? List.of() : addressing(need.get());
    }

    /** As {@link #measuresAddressing}, but a need the user may not see (or that does not exist) is a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureReference> addressing(UUID needId) {
        return addressing(needs().flatMap(d -> d.find(needId)).orElseThrow(() -> new Problem.NotFound("No such need.")));
    }

    private List<MeasureReference> addressing(NeedSummary need) {
        UUID needId = need.id();
        List<MeasureLink> links = em.createQuery("SELECT l FROM MeasureLink l WHERE l.kind = :k AND l.targetId = :t "
                        + "AND l.municipalityId = :m ORDER BY l.createdAt", MeasureLink.class)
                .setParameter("k", LinkKind.NEED).setParameter("t", needId).setParameter("m", need.municipalityId())
                .getResultList();
        List<MeasureReference> out = new ArrayList<>();
        for (MeasureLink l : links) {
            gate().outline().strategy(l.getStrategyId()).ifPresent(head -> gate().outline().measureTitle(head.id(), l.getMeasureLineageId())
                    .ifPresent(title -> out.add(new MeasureReference(head.id(), head.title(), l.getMeasureLineageId(), title,
                            Monitoring.currentStatus(em, head.id(), l.getMeasureLineageId())))));
        }
        return out;
    }

    /** All links of the strategy, for the coverage report. */
    List<MeasureLink> linksOf(UUID strategyId) {
        return em.createQuery("SELECT l FROM MeasureLink l WHERE l.strategyId = :s ORDER BY l.createdAt, l.id", MeasureLink.class)
                .setParameter("s", strategyId).getResultList();
    }

    private List<MeasureLink> linksOf(UUID strategyId, UUID measureId) {
        return em.createQuery("SELECT l FROM MeasureLink l WHERE l.strategyId = :s AND l.measureLineageId = :m "
                        + "ORDER BY l.createdAt, l.id", MeasureLink.class)
                .setParameter("s", strategyId).setParameter("m", measureId).getResultList();
    }

    private String measureTitle(StrategyHead head, UUID measureId) {
        return (measureId == null ? Optional.<String>empty() : gate().outline().measureTitle(head.id(), measureId))
                .orElseThrow(() -> new Problem.NotFound("This strategy has no such measure."));
    }

    private void checkTarget(StrategyHead head, LinkKind kind, UUID targetId, String language) {
        switch (kind) {
            case SERVICE -> {
                ServiceSummary service = services.services(List.of(targetId), language).stream().findFirst()
                        .orElseThrow(() -> new Problem.Invalid("targetId", "The catalogue has no such service."));
                if (service.withdrawn()) {
                    throw new Problem.Invalid("targetId", "\"" + service.name() + "\" is " + service.status()
                            + ": a measure cannot be delivered by a withdrawn service.");
                }
            }
            case NEED -> {
                NeedDirectory directory = needs().orElseThrow(() -> new Problem.Conflict("Needs mapping is not available here."));
                NeedSummary need = directory.find(targetId).filter(n -> n.municipalityId().equals(head.municipalityId()))
                        .orElseThrow(() -> new Problem.Invalid("targetId", "The municipality has no such need."));
                if ("closed".equals(need.status())) {
                    throw new Problem.Invalid("targetId", "This need is closed: a measure cannot address it any more.");
                }
            }
            case COURSE -> {
                CourseDirectory directory = courses().orElseThrow(() -> new Problem.Conflict("Staff training is not available here."));
                if (directory.find(targetId).isEmpty()) {
                    throw new Problem.Invalid("targetId", "There is no such published course.");
                }
            }
        }
    }

    private List<LinkView> needViews(List<MeasureLink> links) {
        Optional<NeedDirectory> directory = needs();
        List<LinkView> out = new ArrayList<>();
        for (MeasureLink l : links) {
            if (l.getKind() != LinkKind.NEED || directory.isEmpty()) {
                continue;
            }
            directory.get().find(l.getTargetId()).ifPresent(n -> out.add(new LinkView(l.getId(), LinkKind.NEED, n.id(),
                    n.description(), needDetail(n), n.status(), !"closed".equals(n.status()))));
        }
        return out;
    }

    static String needDetail(NeedSummary n) {
        return n.themeCode() + " · " + n.populationGroup() + (n.district() == null ? "" : " · " + n.district())
                + " · severity " + n.severity();
    }

    private List<LinkView> serviceViews(List<MeasureLink> links, String language) {
        List<MeasureLink> serviceLinks = links.stream().filter(l -> l.getKind() == LinkKind.SERVICE).toList();
        Map<UUID, ServiceSummary> found = services.services(serviceLinks.stream().map(MeasureLink::getTargetId).toList(), language)
                .stream().collect(Collectors.toMap(ServiceSummary::id, Function.identity()));
        List<LinkView> out = new ArrayList<>();
        for (MeasureLink l : serviceLinks) {
            ServiceSummary s = found.get(l.getTargetId());
            if (s != null) {
                out.add(new LinkView(l.getId(), LinkKind.SERVICE, s.id(), s.name(), s.organizationName(), s.status(), !s.withdrawn()));
            }
        }
        return out;
    }

    private List<LinkView> courseViews(List<MeasureLink> links) {
        Optional<CourseDirectory> directory = courses();
        List<LinkView> out = new ArrayList<>();
        for (MeasureLink l : links) {
            if (l.getKind() != LinkKind.COURSE || directory.isEmpty()) {
                continue;
            }
            directory.get().find(l.getTargetId()).ifPresent(c -> out.add(new LinkView(l.getId(), LinkKind.COURSE, c.id(),
                    c.title(), courseDetail(c), "published", true)));
        }
        return out;
    }

    static String courseDetail(CourseSummary c) {
        return (c.hours() == null ? "" : c.hours().stripTrailingZeros().toPlainString() + " h · ") + c.language();
    }

    StrategyGate gate() {
        return new StrategyGate(em, access);
    }

    Instant now() {
        return clock.instant();
    }
}
