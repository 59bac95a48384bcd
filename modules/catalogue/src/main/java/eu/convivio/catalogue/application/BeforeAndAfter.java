package eu.convivio.catalogue.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.platform.api.AuditJournal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit entry of a record saved whole in SQL (a communication card, a city's taxonomy), where
 * no audited entity writes one: the record before and after the change, as JSON.
 */
final class BeforeAndAfter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BeforeAndAfter() {
    }

    static void record(AuditJournal audit, String action, String entityType, String entityId, Object before, Object after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("before", before);
        changes.put("after", after);
        try {
            audit.record(action, entityType, entityId, JSON.writeValueAsString(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
