package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A classification scheme whose terms describe services (HSDS taxonomy). */
@Entity
@Table(schema = "catalogue", name = "taxonomy")
public class Taxonomy {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "uri")
    private String uri;

    @Column(name = "version")
    private String version;

    protected Taxonomy() {
    }

    public Taxonomy(UUID id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Taxonomy setName(String name) {
        this.name = name;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Taxonomy setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getUri() {
        return uri;
    }

    public Taxonomy setUri(String uri) {
        this.uri = uri;
        return this;
    }

    public String getVersion() {
        return version;
    }

    public Taxonomy setVersion(String version) {
        this.version = version;
        return this;
    }
}
