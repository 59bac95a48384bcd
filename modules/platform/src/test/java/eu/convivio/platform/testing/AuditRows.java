package eu.convivio.platform.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The audit rows of one entity, read with plain JDBC (not through the persistence unit under test),
 * oldest first.
 */
public final class AuditRows {

    /** One row of platform.audit_entry, with its changes parsed. */
    public record Row(long id, String actor, UUID municipalityId, String action, String entityType, String entityId,
                      JsonObject changes) {
    }

    private AuditRows() {
    }

    public static List<Row> of(String entityType, Object entityId) {
        String sql = "SELECT id, actor, municipality_id, action, entity_type, entity_id, changes::text "
                + "FROM platform.audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY id";
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, entityType);
            s.setString(2, String.valueOf(entityId));
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try (JsonReader reader = Json.createReader(new StringReader(rs.getString(7)))) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), (UUID) rs.getObject(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), reader.readObject()));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
