package eu.convivio.catalogue.application;

import com.fasterxml.jackson.databind.JsonNode;
import eu.convivio.platform.api.Problem;

import java.util.List;

/**
 * An edit of an older version than the current one: refused (409), and the answer says what
 * others changed since — each field with the value the editor saw and the value now — so that
 * the editor can apply their change again without losing anything.
 */
public final class StaleRecord extends Problem {

    /** One field that differs: as the editor saw it ({@code yours}) and as it is now. */
    public record Change(String field, JsonNode yours, JsonNode now) {
    }

    private final long yourVersion;
    private final long currentVersion;
    private final List<Change> changes;

    public StaleRecord(String what, long yourVersion, long currentVersion, List<Change> changes) {
        super(409, "Conflict", "This " + what + " was changed by someone else since you opened it (version "
                + yourVersion + ", now " + currentVersion + "). Reload it and apply your change again.");
        this.yourVersion = yourVersion;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    @Override
    public String type() {
        return "conflict";
    }

    public long yourVersion() {
        return yourVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<Change> changes() {
        return changes;
    }
}
