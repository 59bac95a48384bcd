package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A section or subsection of a strategy's text: a heading and a Markdown body. */
@Entity
@Table(schema = "strategy", name = "section")
@Audited
public class Section extends VersionContent {

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "heading", nullable = false)
    private String heading;

    @Column(name = "body", nullable = false)
    private String body = "";

    @Column(name = "guidance")
    private String guidance;

    protected Section() {
    }

    public Section(UUID id, StrategyVersion version, UUID lineageId, UUID parentId, int position,
                   String heading, String body, String guidance) {
        super(id, version, lineageId, position);
        if (id.equals(parentId)) {
            throw new Problem.Invalid("parentId", "A section cannot be its own parent.");
        }
        this.parentId = parentId;
        this.heading = heading;
        this.body = body == null ? "" : body;
        this.guidance = guidance;
    }

    /** Replaces the heading and the text. */
    public void write(String newHeading, String newBody) {
        beforeChange();
        this.heading = newHeading;
        this.body = newBody == null ? "" : newBody;
    }

    /** Refuses a save made on an older text than the current one, handing back the newer text. */
    public void expectVersion(long edited) {
        if (edited != getVersion()) {
            throw new StaleSection(this, edited);
        }
    }

    /** Places the section under another one (null: at the top level). */
    public void placeUnder(UUID newParentId) {
        if (getId().equals(newParentId)) {
            throw new Problem.Invalid("parentId", "A section cannot be its own parent.");
        }
        beforeChange();
        this.parentId = newParentId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public String getGuidance() {
        return guidance;
    }
}
