package eu.convivio.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token. Only the SHA-256 of the secret is stored: the secret is shown once,
 * when the token is created. Tokens are random 256-bit values, so a fast hash suffices.
 */
@Entity
@Table(schema = "platform", name = "api_token")
public class ApiToken {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    /** The first characters of the secret, so that a user can tell their tokens apart. */
    @Column(nullable = false, updatable = false)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UUID accountId, String name, String tokenHash, String prefix, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void usedAt(Instant at) {
        lastUsedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
