package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One field of a catalogue row in another language (BCP 47); unreviewed until someone who knows the language has checked it. */
@Entity
@Table(schema = "catalogue", name = "translation")
public class Translation {

    @Id
    private UUID id;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private UUID entityId;

    @Column(name = "field", nullable = false)
    private String field;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "reviewed", nullable = false)
    private boolean reviewed;

    protected Translation() {
    }

    public Translation(UUID id, String entityType, UUID entityId, String field, String language, String text, boolean reviewed) {
        this.id = id;
        this.entityType = entityType;
        this.entityId = entityId;
        this.field = field;
        this.language = language;
        this.text = text;
        this.reviewed = reviewed;
    }

    public UUID getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Translation setEntityType(String entityType) {
        this.entityType = entityType;
        return this;
    }

    public UUID getEntityId() {
        return entityId;
    }

    public Translation setEntityId(UUID entityId) {
        this.entityId = entityId;
        return this;
    }

    public String getField() {
        return field;
    }

    public Translation setField(String field) {
        this.field = field;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public Translation setLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getText() {
        return text;
    }

    public Translation setText(String text) {
        this.text = text;
        return this;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public Translation setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
        return this;
    }
}
