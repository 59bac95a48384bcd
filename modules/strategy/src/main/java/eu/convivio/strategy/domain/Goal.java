package eu.convivio.strategy.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A strategic goal: what the municipality wants to reach; measures and indicators serve it. */
@Entity
@Table(schema = "strategy", name = "goal")
@Audited
public class Goal extends VersionContent {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description = "";

    protected Goal() {
    }

    public Goal(UUID id, StrategyVersion version, UUID lineageId, int position, String title, String description) {
        super(id, version, lineageId, position);
        this.title = title;
        this.description = description == null ? "" : description;
    }

    public void write(String newTitle, String newDescription) {
        beforeChange();
        this.title = newTitle;
        this.description = newDescription == null ? "" : newDescription;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
