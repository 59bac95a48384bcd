package eu.convivio.catalogue.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search rows a large import left for after its commit (V24's
 * {@code catalogue.searchable_service_backlog}), a few thousand services per transaction, so
 * that the import neither waits for them nor holds its locks meanwhile.
 * <p>
 * It starts as soon as such an import commits ({@link Queued}, observed by
 * {@link SearchBacklogStarter}) and looks again every minute on every instance, for what a
 * stopped instance or another instance's import left. Instances share the work: each chunk claims
 * its rows with {@code SKIP LOCKED}. Until its rows are rebuilt a queued service is found as it
 * was before the import (or, if new, not yet).
 */
@Singleton
@Lock(LockType.READ) // the flag below keeps one drain per instance; the database shares the rows between instances
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each chunk commits on its own
public class SearchBacklog {

    /** Services per transaction: a few seconds of work, short enough not to hold anything long. */
    static final int CHUNK = 5_000;
    /** Above this many queued services the planner first learns the bulk load's statistics. */
    private static final long ANALYZE_ABOVE = 1_000;
    private static final Logger LOG = Logger.getLogger(SearchBacklog.class.getName());

    /** An import committed with this many services' search rows queued. */
    public record Queued(long services) {
    }

    @Resource(lookup = "java:app/jdbc/convivio")
    private DataSource dataSource;

    private final AtomicBoolean draining = new AtomicBoolean();

    /** For the EJB container. */
    public SearchBacklog() {
    }

    /** For persistence tests: a data source without a container. */
    public SearchBacklog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "catalogue search backlog")
    void everyMinute() {
        drainQuietly();
    }

    /** Starts on the backlog in the background (after an import's commit). */
    @Asynchronous
    public void drainSoon() {
        drainQuietly();
    }

    /** How many services wait for their search rows. */
    public long waiting() {
        try (Connection c = dataSource.getConnection()) {
            return waiting(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the search backlog could not be counted", e);
        }
    }

    private static long waiting(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM catalogue.searchable_service_backlog")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Rebuilds the backlog chunk by chunk until it is empty (or another drain on this instance is
     * already at it).
     *
     * @return the number of services rebuilt here
     */
    public long drain() {
        if (!draining.compareAndSet(false, true)) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (waiting(c) > ANALYZE_ABOVE) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT catalogue.analyze_for_search()");
                }
            }
            long started = System.nanoTime();
            long done = 0;
            try (PreparedStatement chunk = c.prepareStatement("SELECT catalogue.refresh_search_backlog(?)")) {
                chunk.setInt(1, CHUNK);
                int rebuilt;
                do {
                    try (ResultSet rows = chunk.executeQuery()) {
                        rows.next();
                        rebuilt = rows.getInt(1);
                    }
                    done += rebuilt;
                } while (rebuilt > 0);
            }
            if (done > 0) {
                LOG.info("Catalogue search rows rebuilt for " + done + " queued services in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
            return done;
        } catch (SQLException e) {
            throw new IllegalStateException("the search backlog could not be rebuilt", e);
        } finally {
            draining.set(false);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            // the next minute tries again; what was rebuilt so far is committed
            LOG.log(Level.WARNING, "Catalogue search backlog: a chunk failed; trying again within a minute", e);
        }
    }
}
