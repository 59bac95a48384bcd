package eu.convivio.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A failed sign-in, counted for throttling and removed after the next successful one. */
@Entity
@Table(schema = "platform", name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, String address) {
        this.username = username.length() > 254 ? username.substring(0, 254) : username;
        this.address = address;
        this.failedAt = Instant.now();
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
