package eu.convivio.platform.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A tenant: a municipality, or a region that may group municipalities. */
@Entity
@Table(schema = "platform", name = "municipality")
@Audited
public class Municipality implements TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MunicipalityKind kind;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "default_language", nullable = false)
    private String defaultLanguage;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Municipality() {
    }

    public Municipality(String name, String country, MunicipalityKind kind, UUID parentId,
                        String defaultLanguage, String timeZone) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        update(name, country, kind, parentId, defaultLanguage, timeZone);
    }

    public final void update(String name, String country, MunicipalityKind kind, UUID parentId,
                             String defaultLanguage, String timeZone) {
        if (parentId != null && parentId.equals(id)) {
            throw new IllegalArgumentException("a municipality cannot be its own parent");
        }
        this.name = name.strip();
        this.country = country.toUpperCase(java.util.Locale.ROOT);
        this.kind = kind;
        this.parentId = parentId;
        this.defaultLanguage = defaultLanguage;
        this.timeZone = timeZone;
    }

    public MunicipalitySummary summary() {
        return new MunicipalitySummary(id, name, country, kind, parentId, defaultLanguage, timeZone);
    }

    @Override
    public UUID municipalityId() {
        return id;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public MunicipalityKind getKind() {
        return kind;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
