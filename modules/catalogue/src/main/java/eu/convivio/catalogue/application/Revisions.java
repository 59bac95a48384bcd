package eu.convivio.catalogue.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Snapshots of edited records by version ({@code catalogue.record_revision}), and the difference
 * between two snapshots: what a stale editor is shown.
 */
final class Revisions {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Members that change with every save or are derived; they are not what anyone edited. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "last_modified", "needs_review");

    private Revisions() {
    }

    /** Keeps the record as saved at its version; a version already kept stays as it was. */
    static void keep(EntityManager em, String type, UUID id, long version, Object record, String actor) {
        em.createNativeQuery("""
                INSERT INTO catalogue.record_revision (entity_type, entity_id, version, document, saved_by)
                VALUES (?1, CAST(?2 AS uuid), ?3, CAST(?4 AS jsonb), ?5)
                ON CONFLICT (entity_type, entity_id, version) DO NOTHING""")
                .setParameter(1, type).setParameter(2, id.toString()).setParameter(3, version)
                .setParameter(4, JSON.valueToTree(record).toString()).setParameter(5, actor)
                .executeUpdate();
    }

    static Optional<JsonNode> at(EntityManager em, String type, UUID id, long version) {
        List<?> rows = em.createNativeQuery("""
                SELECT document::text FROM catalogue.record_revision
                WHERE entity_type = ?1 AND entity_id = CAST(?2 AS uuid) AND version = ?3""")
                .setParameter(1, type).setParameter(2, id.toString()).setParameter(3, version).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree((String) rows.get(0)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable revision of " + type + " " + id, e);
        }
    }

    /** The members that differ between what the editor saw and what is there now, in document order. */
    static List<StaleRecord.Change> changes(JsonNode yours, JsonNode now) {
        Set<String> fields = new LinkedHashSet<>();
        now.fieldNames().forEachRemaining(fields::add);
        yours.fieldNames().forEachRemaining(fields::add);
        List<StaleRecord.Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            JsonNode before = yours.path(field).isMissingNode() ? NullNode.getInstance() : yours.get(field);
            JsonNode after = now.path(field).isMissingNode() ? NullNode.getInstance() : now.get(field);
            if (!equivalent(before, after)) {
                changes.add(new StaleRecord.Change(field, before, after));
            }
        }
        return changes;
    }

    /** Numbers compare by value (2.50 = 2.5), everything else by JSON equality. */
    private static boolean equivalent(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    static JsonNode tree(Object record) {
        return JSON.valueToTree(record);
    }
}
