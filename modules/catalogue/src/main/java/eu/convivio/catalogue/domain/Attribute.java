package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Links a taxonomy term to the row it describes (HSDS attribute): {@code linkEntity} names the table, {@code linkId} the row. */
@Entity
@Table(schema = "catalogue", name = "attribute")
public class Attribute {

    @Id
    private UUID id;

    @Column(name = "link_id", nullable = false)
    private UUID linkId;

    @Column(name = "link_entity", nullable = false)
    private String linkEntity;

    @Column(name = "taxonomy_term_id", nullable = false)
    private UUID taxonomyTermId;

    @Column(name = "link_type")
    private String linkType;

    @Column(name = "value")
    private String value;

    @Column(name = "label")
    private String label;

    protected Attribute() {
    }

    public Attribute(UUID id, UUID linkId, String linkEntity, UUID taxonomyTermId) {
        this.id = id;
        this.linkId = linkId;
        this.linkEntity = linkEntity;
        this.taxonomyTermId = taxonomyTermId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getLinkId() {
        return linkId;
    }

    public Attribute setLinkId(UUID linkId) {
        this.linkId = linkId;
        return this;
    }

    public String getLinkEntity() {
        return linkEntity;
    }

    public Attribute setLinkEntity(String linkEntity) {
        this.linkEntity = linkEntity;
        return this;
    }

    public UUID getTaxonomyTermId() {
        return taxonomyTermId;
    }

    public Attribute setTaxonomyTermId(UUID taxonomyTermId) {
        this.taxonomyTermId = taxonomyTermId;
        return this;
    }

    public String getLinkType() {
        return linkType;
    }

    public Attribute setLinkType(String linkType) {
        this.linkType = linkType;
        return this;
    }

    public String getValue() {
        return value;
    }

    public Attribute setValue(String value) {
        this.value = value;
        return this;
    }

    public String getLabel() {
        return label;
    }

    public Attribute setLabel(String label) {
        this.label = label;
        return this;
    }
}
