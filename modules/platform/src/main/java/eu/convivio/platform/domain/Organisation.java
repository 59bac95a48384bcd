package eu.convivio.platform.domain;

import eu.convivio.platform.api.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * An organisation whose provider editors keep its services up to date. The catalogue module
 * holds the organisation's public record under the same id.
 */
@Entity
@Table(schema = "platform", name = "organisation")
@Audited
public class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(UUID id, String name) {
        this.id = id;
        this.name = name.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name.strip();
    }
}
