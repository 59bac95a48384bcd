package eu.convivio.platform.domain;

import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.UUID;

/** One role of an account in one municipality, or (provider editors) in one organisation. */
@Entity
@Table(schema = "platform", name = "membership")
public class Membership {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "municipality_id", updatable = false)
    private UUID municipalityId;

    @Column(name = "organisation_id", updatable = false)
    private UUID organisationId;

    @Column(name = "department_id")
    private UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    protected Membership() {
    }

    Membership(Account account, UUID municipalityId, UUID organisationId, UUID departmentId, Role role) {
        if ((role == Role.PROVIDER_EDITOR) != (organisationId != null)) {
            throw new IllegalArgumentException("provider editors belong to an organisation, every other role to a municipality");
        }
        if ((municipalityId == null) == (organisationId == null)) {
            throw new IllegalArgumentException("a membership is in exactly one municipality or organisation");
        }
        this.id = UUID.randomUUID();
        this.account = account;
        this.municipalityId = municipalityId;
        this.organisationId = organisationId;
        this.departmentId = departmentId;
        this.role = role;
    }

    boolean sameAs(UUID municipalityId, UUID organisationId, Role role) {
        return this.role == role && Objects.equals(this.municipalityId, municipalityId)
                && Objects.equals(this.organisationId, organisationId);
    }

    public MembershipView view() {
        return new MembershipView(municipalityId, organisationId, departmentId, role);
    }

    public UUID getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public UUID getMunicipalityId() {
        return municipalityId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public Role getRole() {
        return role;
    }
}
