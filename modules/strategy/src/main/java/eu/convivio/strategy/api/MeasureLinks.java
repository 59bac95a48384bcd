package eu.convivio.strategy.api;

import java.util.List;
import java.util.UUID;

/**
 * The measures of integration strategies that say they address a need. Needs mapping may not
 * depend on strategy (strategy depends on it), so a needs page links to
 * {@code /strategy/measures.xhtml?need=<id>} or {@code GET /api/strategies/measures?need=<id>},
 * both answered through this interface.
 */
public interface MeasureLinks {

    /** The measures linked to the need, if the current user may see the need; empty otherwise. */
    List<MeasureReference> measuresAddressing(UUID needId);
}
