package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A document a person must bring to use a service (HSDS required_document). */
@Entity
@Table(schema = "catalogue", name = "required_document")
public class RequiredDocument {

    @Id
    private UUID id;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "document", nullable = false)
    private String document;

    @Column(name = "uri")
    private String uri;

    protected RequiredDocument() {
    }

    public RequiredDocument(UUID id, UUID serviceId, String document) {
        this.id = id;
        this.serviceId = serviceId;
        this.document = document;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public RequiredDocument setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public String getDocument() {
        return document;
    }

    public RequiredDocument setDocument(String document) {
        this.document = document;
        return this;
    }

    public String getUri() {
        return uri;
    }

    public RequiredDocument setUri(String uri) {
        this.uri = uri;
        return this;
    }
}
