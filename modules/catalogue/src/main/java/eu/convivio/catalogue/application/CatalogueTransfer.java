package eu.convivio.catalogue.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.convivio.catalogue.api.ServiceWithdrawn;
import eu.convivio.catalogue.infrastructure.CatalogueExport;
import eu.convivio.catalogue.infrastructure.CatalogueImport;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.AuditJournal;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk import and export of the catalogue (HSDS tabular data package and HSDS JSON).
 * <p>
 * Everyone may export: only public data leaves. Only platform administrators may import, since an
 * import may change any organisation's services; the per-record rights of editors do not apply
 * to it. An import is one transaction: stored completely, with one audit entry naming who
 * imported what, or not at all (an {@code ImportRejected} lists every problem).
 */
@ApplicationScoped
public class CatalogueTransfer {

    /**
     * What an import did: per table, how many rows were created and how many updated; and for how
     * many services the search rows are rebuilt after the commit (a large import's; see {@link SearchBacklog}).
     */
    @com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ImportReport(UUID id, String format, Map<String, CatalogueImport.Counts> tables, long created, long updated,
                               long searchRowsQueued) {
        static ImportReport of(String format, CatalogueImport run, Map<String, CatalogueImport.Counts> tables) {
            long created = tables.values().stream().mapToLong(CatalogueImport.Counts::created).sum();
            long updated = tables.values().stream().mapToLong(CatalogueImport.Counts::updated).sum();
            return new ImportReport(UUID.randomUUID(), format, tables, created, updated, run.searchRowsQueued());
        }
    }

    public enum Format { DATAPACKAGE, JSON }

    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/convivio")
    private DataSource dataSource;

    @Inject
    private Access access;

    @Inject
    private AuditJournal audit;

    @Inject
    private Event<ServiceWithdrawn> withdrawals;

    @Inject
    private Event<SearchBacklog.Queued> searchRowsQueued;

    /** Imports a zip data package (a file, since a zip is read by its directory at the end). */
    @Transactional
    public ImportReport importDataPackage(Path zip) {
        access.requirePlatformAdmin();
        try {
            Connection connection = connection();
            ImportWithdrawals.remember(connection);
            CatalogueImport run = new CatalogueImport(connection);
            ImportReport report = audited(ImportReport.of("datapackage", run, run.dataPackage(zip)));
            announceWithdrawals(connection);
            announceQueued(report);
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("the import failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public ImportReport importJson(InputStream json) {
        access.requirePlatformAdmin();
        try {
            Connection connection = connection();
            ImportWithdrawals.remember(connection);
            CatalogueImport run = new CatalogueImport(connection);
            ImportReport report = audited(ImportReport.of("json", run, run.json(json)));
            announceWithdrawals(connection);
            announceQueued(report);
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("the import failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Search rows left for after the commit: {@link SearchBacklog} starts on them as soon as it is done. */
    private void announceQueued(ImportReport report) {
        if (report.searchRowsQueued() > 0) {
            searchRowsQueued.fire(new SearchBacklog.Queued(report.searchRowsQueued()));
        }
    }

    /** One {@link ServiceWithdrawn} per service the import made inactive or defunct; observers hear of it after commit. */
    private void announceWithdrawals(Connection connection) throws SQLException {
        ImportWithdrawals.since(connection).forEach(id -> withdrawals.fire(new ServiceWithdrawn(id)));
    }

    /** The transaction's own connection: the staging, the upserts and the audit entry commit together. */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private ImportReport audited(ImportReport report) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("format", report.format());
        changes.put("created", report.created());
        changes.put("updated", report.updated());
        changes.put("tables", report.tables());
        try {
            audit.record(report.updated() > 0 ? "UPDATE" : "CREATE", "CatalogueImport", report.id().toString(),
                    JSON.writeValueAsString(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    /** Streams the export; reads one snapshot in its own read-only transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void export(Format format, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            // the connection goes back to the pool afterwards: everything changed here is put back, or the
            // next request on it would run at REPEATABLE READ and fail on a row lock (seen: seat locking)
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                CatalogueExport export = new CatalogueExport(connection);
                if (format == Format.JSON) {
                    export.json(out);
                } else {
                    export.dataPackage(out);
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("the export failed in the database", e);
        }
    }

    /** A file name for the download, with the moment of the export. */
    public static String fileName(Format format) {
        String stamp = Instant.now().toString().replace(":", "").replaceAll("\\..*", "");
        return "convivio-catalogue-" + stamp + (format == Format.JSON ? ".json" : ".zip");
    }
}
