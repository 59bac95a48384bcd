package eu.convivio.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a service costs (HSDS cost_option); a service without one is free of charge. */
@Entity
@Table(schema = "catalogue", name = "cost_option")
public class CostOption {

    @Id
    private UUID id;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "option")
    private String option;

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "currency")
    private String currency;

    @Column(name = "amount_description")
    private String amountDescription;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CostOption() {
    }

    public CostOption(UUID id, UUID serviceId) {
        this.id = id;
        this.serviceId = serviceId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public CostOption setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public String getOption() {
        return option;
    }

    public CostOption setOption(String option) {
        this.option = option;
        return this;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public CostOption setAmount(BigDecimal amount) {
        this.amount = amount;
        return this;
    }

    public String getCurrency() {
        return currency;
    }

    public CostOption setCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    public String getAmountDescription() {
        return amountDescription;
    }

    public CostOption setAmountDescription(String amountDescription) {
        this.amountDescription = amountDescription;
        return this;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public CostOption setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
        return this;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public CostOption setValidTo(LocalDate validTo) {
        this.validTo = validTo;
        return this;
    }
}
