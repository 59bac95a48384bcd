package eu.convivio.needs.domain;

import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every record of the needs register that people edit carries: when it last changed and
 * the version for optimistic locking (If-Match in the API, the hidden version in forms).
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

    /** Refuses an edit made on a version other than the current one. */
    public void expectVersion(long edited) {
        if (edited != version) {
            throw new Problem.Conflict("This " + kind() + " was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Reload it and apply your change again.");
        }
    }

    /** What the record is called in messages: "need", "assessment", "district". */
    protected abstract String kind();
}
