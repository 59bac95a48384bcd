package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.domain.FlagReason;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.strategy.domain.MeasureLink;
import eu.convivio.strategy.domain.ReviewFlag;
import eu.convivio.strategy.infrastructure.StrategyOutline.StrategyHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Measures flagged for review because a service they link to was withdrawn or a need they address
 * was closed. Flags are raised from the other modules' events ({@link ReviewFlagRaiser}), listed on
 * the monitoring dashboard and the link editor, and cleared by the council.
 */
@ApplicationScoped
@Transactional
public class ReviewFlags {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    private Clock clock = Clock.systemUTC();

    /** For CDI. */
    public ReviewFlags() {
    }

    /** For the other services of the module and for persistence tests. */
    ReviewFlags(EntityManager em, Access access, Clock clock) {
        this(em, access, null, clock);
    }

    ReviewFlags(EntityManager em, Access access, CurrentUser user, Clock clock) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    public record FlagView(UUID id, UUID measureId, String measureTitle, FlagReason reason, UUID targetId, Instant raisedAt) {
    }

    /** Open flags of the strategy; members of its municipality only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FlagView> openFlags(UUID strategyId) {
        StrategyHead head = new StrategyGate(em, access).require(strategyId);
        return openFlags(head.id(), null);
    }

    List<FlagView> openFlags(UUID strategyId, UUID measureId) {
        var query = em.createQuery("SELECT f FROM ReviewFlag f WHERE f.strategyId = :s AND f.clearedAt IS NULL"
                + (measureId == null ? "" : " AND f.measureLineageId = :m") + " ORDER BY f.raisedAt, f.id", ReviewFlag.class)
                .setParameter("s", strategyId);
        if (measureId != null) {
            query.setParameter("m", measureId);
        }
        var outline = new StrategyGate(em, access).outline();
        return query.getResultList().stream().map(f -> new FlagView(f.getId(), f.getMeasureLineageId(),
                outline.measureTitle(strategyId, f.getMeasureLineageId()).orElse(""), f.getReason(), f.getTargetId(),
                f.getRaisedAt())).toList();
    }

    /** The council has reviewed the measure. */
    public void clear(UUID strategyId, UUID flagId, String note) {
        StrategyHead head = new StrategyGate(em, access).require(strategyId, Role.COUNCIL);
        ReviewFlag flag = flagId == null ? null : em.find(ReviewFlag.class, flagId, LockModeType.PESSIMISTIC_WRITE);
        if (flag == null || !flag.getStrategyId().equals(head.id())) {
            throw new Problem.NotFound("No such review flag on this strategy.");
        }
        flag.clear(user.accountId().orElseThrow(() -> new Problem.Unauthorized("Sign in first.")), note, clock.instant());
        em.flush();
    }

    /**
     * Flags every measure linked to the withdrawn service or closed need, once: a measure that is
     * already flagged for the same cause gets no second flag. Returns how many flags were raised.
     */
    int raise(LinkKind kind, UUID targetId, FlagReason reason) {
        List<MeasureLink> links = em.createQuery("SELECT l FROM MeasureLink l WHERE l.kind = :k AND l.targetId = :t", MeasureLink.class)
                .setParameter("k", kind).setParameter("t", targetId).getResultList();
        List<ReviewFlag> raised = new ArrayList<>();
        for (MeasureLink link : links) {
            boolean open = !em.createQuery("SELECT f.id FROM ReviewFlag f WHERE f.strategyId = :s AND f.measureLineageId = :m "
                            + "AND f.reason = :r AND f.targetId = :t AND f.clearedAt IS NULL", UUID.class)
                    .setParameter("s", link.getStrategyId()).setParameter("m", link.getMeasureLineageId())
                    .setParameter("r", reason).setParameter("t", targetId).getResultList().isEmpty();
            if (!open) {
                ReviewFlag flag = new ReviewFlag(UUID.randomUUID(), link, reason, clock.instant());
                em.persist(flag);
                raised.add(flag);
            }
        }
        em.flush();
        return raised.size();
    }
}
