package eu.convivio.needs.api;

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
}
