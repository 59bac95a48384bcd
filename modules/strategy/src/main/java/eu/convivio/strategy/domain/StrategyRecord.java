package eu.convivio.strategy.domain;

import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * A row that belongs to one strategy as a whole rather than to one of its versions (comments,
 * links, review flags, monitoring records): it names the strategy and, for tenancy, the
 * municipality that owns it. Neither ever changes once the row is written.
 */
@MappedSuperclass
public abstract class StrategyRecord implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private UUID strategyId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    protected StrategyRecord() {
    }

    protected StrategyRecord(UUID id, UUID strategyId, UUID municipalityId) {
        this.id = id;
        this.strategyId = strategyId;
        this.municipalityId = municipalityId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getStrategyId() {
        return strategyId;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }
}
