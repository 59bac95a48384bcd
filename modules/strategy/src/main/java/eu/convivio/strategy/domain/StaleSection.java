package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Problem;

import java.util.UUID;

/**
 * A save of a section made on an older text than the current one: refused (409) with the newer
 * text, so that the editor can merge their change into it instead of overwriting someone else's.
 */
public final class StaleSection extends Problem {

    private final UUID sectionId;
    private final long yourVersion;
    private final long currentVersion;
    private final String currentHeading;
    private final String currentBody;

    public StaleSection(Section current, long yourVersion) {
        super(409, "Conflict", "Section \"" + current.getHeading() + "\" was changed by someone else since you opened it"
                + " (version " + yourVersion + ", now " + current.getVersion() + "). Your text was not saved;"
                + " the newer text is included: merge your change into it and save again.");
        this.sectionId = current.getId();
        this.yourVersion = yourVersion;
        this.currentVersion = current.getVersion();
        this.currentHeading = current.getHeading();
        this.currentBody = current.getBody();
    }

    @Override
    public String type() {
        return "conflict";
    }

    public UUID sectionId() {
        return sectionId;
    }

    public long yourVersion() {
        return yourVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String currentHeading() {
        return currentHeading;
    }

    public String currentBody() {
        return currentBody;
    }
}
