package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * What every piece of a version's content carries: the version it belongs to, its lineage (the
 * same across versions, so that comparison, comments, links and monitoring follow the piece through
 * revisions), its place in the list, and its own lock, so that edits of different pieces never
 * conflict while a stale edit of the same piece is refused.
 */
@MappedSuperclass
public abstract class VersionContent implements TenantOwned {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private StrategyVersion strategyVersion;

    @Column(name = "lineage_id", nullable = false, updatable = false)
    private UUID lineageId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.now();

    @Version
    private long version;

    protected VersionContent() {
    }

    protected VersionContent(UUID id, StrategyVersion strategyVersion, UUID lineageId, int position) {
        strategyVersion.requireDraft();
        this.id = id;
        this.strategyVersion = strategyVersion;
        this.lineageId = lineageId;
        this.position = position;
    }

    /** Called before every change: only the open draft outside consultation changes. */
    protected final void beforeChange() {
        strategyVersion.requireEditable();
        lastModified = Instant.now();
    }

    /** Moves the piece to another place in its list. */
    public void moveTo(int newPosition) {
        if (newPosition < 0) {
            throw new Problem.Invalid("position", "The position cannot be negative.");
        }
        beforeChange();
        this.position = newPosition;
    }

    /** Refuses an edit made on another state of this piece than the current one. */
    public void expectVersion(long edited, String what) {
        if (edited != version) {
            throw new Problem.Conflict("This " + what + " was changed by someone else since you opened it (version "
                    + edited + ", now " + version + "). Your text is kept; compare it with the newer text and save again.");
        }
    }

    public UUID getId() {
        return id;
    }

    public StrategyVersion getStrategyVersion() {
        return strategyVersion;
    }

    @Override
    public UUID municipalityId() {
        return strategyVersion.municipalityId();
    }

    public UUID getLineageId() {
        return lineageId;
    }

    public int getPosition() {
        return position;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }
}
