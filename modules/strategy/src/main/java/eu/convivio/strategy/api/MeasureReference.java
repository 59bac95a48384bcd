package eu.convivio.strategy.api;

import java.util.UUID;

/**
 * A measure as other modules see it: the strategy it belongs to and its title in the strategy's
 * newest version.
 *
 * @param measureId the measure's lineage: stable across the versions of the strategy
 * @param status    planned, in_progress, done, delayed or dropped (as last reported)
 */
public record MeasureReference(UUID strategyId, String strategyTitle, UUID measureId, String title, String status) {
}
