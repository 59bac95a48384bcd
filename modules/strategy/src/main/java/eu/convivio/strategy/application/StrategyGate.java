package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.infrastructure.StrategyOutline;
import eu.convivio.strategy.infrastructure.StrategyOutline.StrategyHead;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Who may see and change a strategy's consultation, links and monitoring, in one place: a
 * published strategy (an adopted version, or a draft out for consultation) is read by everyone,
 * an unpublished one only by members of its municipality; anyone else is told it does not exist.
 * Writes ask {@link Access} for the role in the strategy's municipality.
 */
final class StrategyGate {

    private final EntityManager em;
    private final Access access;

    StrategyGate(EntityManager em, Access access) {
        this.em = em;
        this.access = access;
    }

    StrategyOutline outline() {
        return new StrategyOutline(em);
    }

    StrategyHead readable(UUID strategyId) {
        StrategyHead head = outline().strategy(strategyId).orElseThrow(StrategyGate::notFound);
        if (!head.published() && !access.has(head.municipalityId())) {
            throw notFound();
        }
        return head;
    }

    StrategyHead require(UUID strategyId, Role... roles) {
        StrategyHead head = outline().strategy(strategyId).orElseThrow(StrategyGate::notFound);
        // another municipality's strategy is not theirs to change: 404 as for any other tenant's data
        access.require(head.municipalityId(), roles);
        return head;
    }

    static Problem.NotFound notFound() {
        return new Problem.NotFound("No such strategy.");
    }
}
