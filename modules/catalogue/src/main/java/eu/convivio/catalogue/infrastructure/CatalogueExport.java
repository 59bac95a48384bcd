package eu.convivio.catalogue.infrastructure;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the public catalogue as an HSDS tabular data package (a zip of datapackage.json and one
 * CSV per table) or as HSDS JSON (every service in its full nested shape). Rows stream from the
 * database to the client: PostgreSQL writes the CSV itself ({@code COPY … TO STDOUT}) and the JSON
 * comes through a cursor, so no export is ever held in memory. Confidential locations, and
 * everything that belongs to them, are left out by each table's public-rows condition.
 * <p>
 * The caller supplies the connection, in a read-only REPEATABLE READ transaction so that all
 * files describe the same moment.
 */
public final class CatalogueExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FETCH_SIZE = 200;

    private final Connection connection;

    public CatalogueExport(Connection connection) {
        this.connection = connection;
    }

    public void dataPackage(OutputStream out) throws IOException, SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("datapackage.json"));
        JSON.writerWithDefaultPrettyPrinter().writeValue(new Unclosed(zip), descriptor());
        zip.closeEntry();
        for (TransferTable table : HsdsTables.ALL) {
            zip.putNextEntry(new ZipEntry(table.file()));
            copy.copyOut("COPY (" + select(table) + ") TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')",
                    new Unclosed(zip));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The public rows of one table with the package's columns, booleans as {@code true}/{@code false}. */
    static String select(TransferTable table) {
        StringBuilder sql = new StringBuilder("SELECT ");
        String separator = "";
        for (TransferTable.Column column : table.columns()) {
            sql.append(separator);
            separator = ", ";
            if (column.type() == TransferTable.Type.BOOLEAN) {
                sql.append("CASE WHEN t.").append(column.name()).append(" THEN 'true' ELSE 'false' END AS ").append(column.name());
            } else {
                sql.append("t.\"").append(column.name()).append('"');
            }
        }
        return sql.append(" FROM catalogue.").append(table.name()).append(" t WHERE ").append(table.publicRows())
                .append(" ORDER BY t.id").toString();
    }

    /** A Frictionless tabular data package descriptor, after HSDS 3's datapackage.json. */
    public static ObjectNode descriptor() {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "convivio-catalogue");
        root.put("title", "Convivio service catalogue (Open Referral HSDS 3.x)");
        root.put("profile", "tabular-data-package");
        root.put("created", Instant.now().toString());
        root.put("description", "The public part of the catalogue: confidential locations and what belongs to them are"
                + " left out. Resources marked convivio_extension are Convivio's additions to HSDS.");
        ArrayNode resources = root.putArray("resources");
        for (TransferTable table : HsdsTables.ALL) {
            ObjectNode resource = resources.addObject();
            resource.put("name", table.name());
            resource.put("path", table.file());
            resource.put("description", table.description());
            resource.put("profile", "tabular-data-resource");
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            if (table.extension()) {
                resource.put("convivio_extension", true);
            }
            ObjectNode schema = resource.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            ArrayNode foreignKeys = JSON.createArrayNode();
            for (TransferTable.Column column : table.columns()) {
                ObjectNode field = fields.addObject();
                field.put("name", column.name());
                field.put("type", column.type().schemaType);
                if (column.type().schemaFormat != null) {
                    field.put("format", column.type().schemaFormat);
                }
                if (column.patternMessage() != null) {
                    field.put("description", column.patternMessage());
                }
                ObjectNode constraints = field.putObject("constraints");
                constraints.put("required", column.required());
                if ("id".equals(column.name())) {
                    constraints.put("unique", true);
                }
                if (column.maxLength() != null) {
                    constraints.put("maxLength", column.maxLength());
                }
                if (column.values() != null) {
                    column.values().forEach(constraints.putArray("enum")::add);
                }
                if (column.minimum() != null) {
                    constraints.put("minimum", column.type() == TransferTable.Type.INTEGER
                            ? Long.parseLong(column.minimum()) : Double.parseDouble(column.minimum()));
                }
                if (column.maximum() != null) {
                    constraints.put("maximum", column.type() == TransferTable.Type.INTEGER
                            ? Long.parseLong(column.maximum()) : Double.parseDouble(column.maximum()));
                }
                if (column.references() != null) {
                    ObjectNode key = foreignKeys.addObject();
                    key.put("fields", column.name());
                    ObjectNode reference = key.putObject("reference");
                    reference.put("resource", column.references().equals(table.name()) ? "" : column.references());
                    reference.put("fields", "id");
                }
            }
            schema.put("primaryKey", "id");
            if (!foreignKeys.isEmpty()) {
                schema.set("foreignKeys", foreignKeys);
            }
        }
        return root;
    }

    /**
     * A JSON array of every service in HSDS's full shape (as /api/hsds/services/{id} has it) with
     * Convivio's extensions: language, translations, eligibility, contacts and funding.
     */
    public void json(OutputStream out) throws IOException, SQLException {
        JsonGenerator generator = JSON.getFactory().createGenerator(new Unclosed(out), JsonEncoding.UTF8);
        generator.writeStartArray();
        try (PreparedStatement statement = connection.prepareStatement(HsdsQueries.allServicesFull())) {
            // a cursor: rows come FETCH_SIZE at a time (needs autocommit off, which the caller's transaction is)
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String hsds = rows.getString("hsds");
                    StringBuilder service = new StringBuilder(hsds.length() + 512)
                            .append(hsds, 0, hsds.lastIndexOf('}'))
                            .append(",\"language\":").append(JSON.writeValueAsString(rows.getString("language")))
                            .append(",\"translations\":").append(rows.getString("translations"))
                            .append(",\"eligibility\":").append(rows.getString("eligibility"))
                            .append(",\"contacts\":").append(rows.getString("contacts"))
                            .append(",\"funding\":").append(rows.getString("funding"))
                            .append('}');
                    generator.writeRawValue(service.toString());
                }
            }
        }
        generator.writeEndArray();
        generator.flush();
    }

    /** Lets the copy and the JSON writer finish an entry without closing the zip or the response under it. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
