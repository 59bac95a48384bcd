package eu.convivio.platform.domain;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A person who signs in: municipal staff, trainers, council members, provider editors, admins. */
@Entity
@Table(schema = "platform", name = "account")
@Audited(redact = "passwordHash")
public class Account {

    /** User names: lower-case letters, digits, dot, dash and underscore; 3 to 64 characters. */
    public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String preferredLanguage) {
        this.id = UUID.randomUUID();
        this.username = username.strip().toLowerCase(Locale.ROOT);
        this.createdAt = Instant.now();
        updateProfile(displayName, email, preferredLanguage);
    }

    public final void updateProfile(String displayName, String email, String preferredLanguage) {
        this.displayName = displayName.strip();
        this.email = email.strip();
        this.preferredLanguage = preferredLanguage;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }

    /** Grants a role; granting one the account already has changes nothing. */
    public Membership grant(UUID municipalityId, UUID organisationId, UUID departmentId, Role role) {
        for (Membership m : memberships) {
            if (m.sameAs(municipalityId, organisationId, role)) {
                return m;
            }
        }
        Membership membership = new Membership(this, municipalityId, organisationId, departmentId, role);
        memberships.add(membership);
        return membership;
    }

    /** Removes the membership with this id; answers whether there was one. */
    public boolean revoke(UUID membershipId) {
        return memberships.removeIf(m -> m.getId().equals(membershipId));
    }

    public boolean isMemberOf(UUID municipalityId) {
        return memberships.stream().anyMatch(m -> municipalityId.equals(m.getMunicipalityId()));
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    public long getVersion() {
        return version;
    }
}
