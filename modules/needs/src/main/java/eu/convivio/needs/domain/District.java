package eu.convivio.needs.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A district of a municipality (reference data): needs are located in one, or in the whole
 * municipality. The optional GeoJSON boundary is kept as text and bound to the jsonb column
 * (the data source lets PostgreSQL infer the type); the audit log notes that it changed, not
 * the whole shape.
 */
@Entity
@Table(schema = "needs", name = "district")
@Audited(redact = "boundary")
public class District extends EditedRecord implements TenantOwned {

    @Id
    private UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private UUID municipalityId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "boundary")
    private String boundary;

    protected District() {
    }

    public District(UUID id, UUID municipalityId, String name, String code) {
        this.id = id;
        this.municipalityId = municipalityId;
        rename(name, code);
    }

    public final void rename(String name, String code) {
        this.name = name.strip();
        this.code = code.strip();
        touch();
    }

    /** Sets or (with null) removes the GeoJSON boundary; the caller has checked it is GeoJSON. */
    public void outline(String geoJson) {
        this.boundary = geoJson == null || geoJson.isBlank() ? null : geoJson.strip();
        touch();
    }

    @Override
    protected String kind() {
        return "district";
    }

    public UUID getId() {
        return id;
    }

    @Override
    public UUID municipalityId() {
        return municipalityId;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    /** The GeoJSON boundary as stored, or null. */
    public String getBoundary() {
        return boundary;
    }
}
