package eu.convivio.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sets {@link SearchBacklog} to work once an import that queued search rows has committed (never before: it would find nothing). */
@ApplicationScoped
public class SearchBacklogStarter {

    @Inject
    private SearchBacklog backlog;

    void importCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchBacklog.Queued queued) {
        backlog.drainSoon();
    }
}
