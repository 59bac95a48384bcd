package eu.convivio.needs.api;

import eu.convivio.platform.api.DemoDataLoading;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to needs for other modules (strategy measures link to the needs they address). */
public interface NeedDirectory {

    /** The need, if the current user may see it (their own municipality's); empty otherwise. */
    Optional<NeedSummary> find(UUID needId);

    /**
     * The municipality's needs that are not closed, with at least the given severity, most severe
     * first; the current user must be allowed to read the municipality's needs.
     */
    List<NeedSummary> openNeeds(UUID municipalityId, int minSeverity);

    /**
     * As {@link #openNeeds}, for demo data only: while the demo loads nobody is signed in, so the
     * register's tenancy has no user to ask. Only an observer of the (once-only) demo loading holds
     * the event that this takes as its proof; nothing else in the application may call it.
     */
    List<NeedSummary> openNeedsForDemo(DemoDataLoading loading, UUID municipalityId, int minSeverity);
}
