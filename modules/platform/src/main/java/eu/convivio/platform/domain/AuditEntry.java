package eu.convivio.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change. Written by the audit trail inside the changing transaction and never
 * changed afterwards (the table refuses updates and deletes); read here for the log pages.
 */
@Entity
@Table(schema = "platform", name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    @Column(insertable = false, updatable = false)
    private String actor;

    @Column(name = "municipality_id", insertable = false, updatable = false)
    private UUID municipalityId;

    @Column(insertable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", insertable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", insertable = false, updatable = false)
    private String entityId;

    /** The changed attributes as JSON: {"field": {"before": …, "after": …}, …}. */
    @Column(insertable = false, updatable = false)
    private String changes;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getChanges() {
        return changes;
    }
}
