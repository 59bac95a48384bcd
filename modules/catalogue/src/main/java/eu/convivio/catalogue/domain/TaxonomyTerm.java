package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One term of a taxonomy, e.g. an integration theme (HSDS taxonomy_term). */
@Entity
@Table(schema = "catalogue", name = "taxonomy_term")
public class TaxonomyTerm {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "taxonomy_id")
    private UUID taxonomyId;

    @Column(name = "code")
    private String code;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "taxonomy")
    private String taxonomy;

    @Column(name = "language")
    private String language;

    @Column(name = "term_uri")
    private String termUri;

    protected TaxonomyTerm() {
    }

    public TaxonomyTerm(UUID id, String name, String description) {
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

    public TaxonomyTerm setName(String name) {
        this.name = name;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public TaxonomyTerm setDescription(String description) {
        this.description = description;
        return this;
    }

    public UUID getTaxonomyId() {
        return taxonomyId;
    }

    public TaxonomyTerm setTaxonomyId(UUID taxonomyId) {
        this.taxonomyId = taxonomyId;
        return this;
    }

    public String getCode() {
        return code;
    }

    public TaxonomyTerm setCode(String code) {
        this.code = code;
        return this;
    }

    public UUID getParentId() {
        return parentId;
    }

    public TaxonomyTerm setParentId(UUID parentId) {
        this.parentId = parentId;
        return this;
    }

    public String getTaxonomy() {
        return taxonomy;
    }

    public TaxonomyTerm setTaxonomy(String taxonomy) {
        this.taxonomy = taxonomy;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public TaxonomyTerm setLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getTermUri() {
        return termUri;
    }

    public TaxonomyTerm setTermUri(String termUri) {
        this.termUri = termUri;
        return this;
    }
}
