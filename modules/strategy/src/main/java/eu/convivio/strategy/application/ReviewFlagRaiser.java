package eu.convivio.strategy.application;

import eu.convivio.catalogue.api.ServiceWithdrawn;
import eu.convivio.needs.api.NeedClosed;
import eu.convivio.strategy.domain.FlagReason;
import eu.convivio.strategy.domain.LinkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Hears of withdrawn services and closed needs once their transactions have committed, and flags
 * the linked measures in a transaction of its own: a failure here never undoes the catalogue's
 * or the needs module's change, and a rolled-back change raises no flag.
 */
@ApplicationScoped
public class ReviewFlagRaiser {

    private static final System.Logger LOG = System.getLogger(ReviewFlagRaiser.class.getName());

    @Inject
    private Raising raising;

    void serviceWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceWithdrawn event) {
        raise(LinkKind.SERVICE, event.serviceId(), FlagReason.SERVICE_WITHDRAWN);
    }

    void needClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedClosed event) {
        raise(LinkKind.NEED, event.needId(), FlagReason.NEED_CLOSED);
    }

    private void raise(LinkKind kind, java.util.UUID target, FlagReason reason) {
        try {
            int raised = raising.raise(kind, target, reason);
            if (raised > 0) {
                LOG.log(System.Logger.Level.INFO, "{0} measure(s) flagged for review: {1} {2}", raised, reason, target);
            }
        } catch (RuntimeException e) {
            // the other module's change stands whatever happens here; the operators see the failure in the log
            LOG.log(System.Logger.Level.WARNING, "Could not flag the measures linked to " + kind + " " + target, e);
        }
    }

    /** The flagging in a new transaction (a separate bean, so that the interceptor applies). */
    @ApplicationScoped
    public static class Raising {

        @PersistenceContext
        private EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int raise(LinkKind kind, java.util.UUID target, FlagReason reason) {
            return new ReviewFlags(em, null, java.time.Clock.systemUTC()).raise(kind, target, reason);
        }
    }
}
