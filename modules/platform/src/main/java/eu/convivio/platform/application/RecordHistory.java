package eu.convivio.platform.application;

import eu.convivio.platform.api.AuditHistory;
import eu.convivio.platform.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one record's audit entries for {@link AuditHistory}. */
@ApplicationScoped
public class RecordHistory implements AuditHistory {

    @PersistenceContext
    private EntityManager em;

    public RecordHistory() {
    }

    /** For persistence tests, which run without CDI. */
    RecordHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Entry> of(String entityType, String entityId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id "
                        + "ORDER BY e.occurredAt, e.id", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .getResultList().stream()
                .map(e -> new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), changes(e.getChanges())))
                .toList();
    }

    /** The audit trail's {@code {"field": {"before": …, "after": …}}} as a list, in the entry's order. */
    static List<FieldChange> changes(String json) {
        List<FieldChange> changes = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                JsonObject pair = field.getValue().asJsonObject();
                changes.add(new FieldChange(field.getKey(), text(pair.get("before")), text(pair.get("after"))));
            }
        }
        return changes;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
