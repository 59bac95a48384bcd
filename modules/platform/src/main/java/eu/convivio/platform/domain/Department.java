package eu.convivio.platform.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** A department of a municipality: staff belong to one, measures name one as responsible. */
@Entity
@Table(schema = "platform", name = "department")
@Audited
public class Department implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Department() {
    }

    public Department(UUID municipalityId, String name) {
        this.id = UUID.randomUUID();
        this.municipalityId = municipalityId;
        rename(name);
    }

    public final void rename(String name) {
        this.name = name.strip();
    }

    public DepartmentSummary summary() {
        return new DepartmentSummary(id, municipalityId, name);
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
