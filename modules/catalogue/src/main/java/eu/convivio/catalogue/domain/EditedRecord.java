package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every catalogue record that people edit carries: HSDS's {@code last_modified}, which
 * clients use to fetch changes with {@code modified_after}, and the version for optimistic locking.
 */
@MappedSuperclass
public abstract class EditedRecord {

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    protected EditedRecord() {
    }

    public Instant getLastModified() {
        return lastModified;
    }

    /** Marks the row as changed now. */
    public void touch() {
        this.lastModified = Instant.now();
    }

    public long getVersion() {
        return version;
    }
}
