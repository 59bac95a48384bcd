package eu.convivio.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * The audit log's entries for one record, for modules that show a record's history to its
 * users. The caller decides first whether the reader may see the record; this only reads.
 */
public interface AuditHistory {

    /**
     * Every entry for the entity, oldest first.
     *
     * @param entityType the entity's simple class name, as the audit trail records it (e.g. {@code Need})
     * @param entityId   its primary key as text
     */
    List<Entry> of(String entityType, String entityId);

    /** One change of the record: who, when, what kind and which fields. */
    record Entry(Instant occurredAt, String actor, String action, List<FieldChange> changes) {
    }

    /**
     * One field's value before and after, as text (null when the field had no value or, for a
     * creation, no earlier value). Redacted values read {@code [redacted]}.
     */
    record FieldChange(String field, String before, String after) {
    }
}
