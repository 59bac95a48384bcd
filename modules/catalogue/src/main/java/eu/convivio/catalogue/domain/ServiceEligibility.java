package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Who a service is for, by residence status and/or gender; a service without any is for everyone. */
@Entity
@Table(schema = "catalogue", name = "service_eligibility")
public class ServiceEligibility {

    @Id
    private UUID id;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "residence_status")
    private String residenceStatus;

    @Column(name = "gender")
    private String gender;

    protected ServiceEligibility() {
    }

    public ServiceEligibility(UUID id, UUID serviceId) {
        this.id = id;
        this.serviceId = serviceId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public ServiceEligibility setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public String getResidenceStatus() {
        return residenceStatus;
    }

    public ServiceEligibility setResidenceStatus(String residenceStatus) {
        this.residenceStatus = residenceStatus;
        return this;
    }

    public String getGender() {
        return gender;
    }

    public ServiceEligibility setGender(String gender) {
        this.gender = gender;
        return this;
    }
}
