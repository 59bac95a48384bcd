package eu.convivio.platform.application;

import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.LoginFailure;
import eu.convivio.platform.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a user name and password, with throttling: after {@code convivio.login.max-failures}
 * failed attempts for one user name within {@code convivio.login.window-minutes}, further
 * attempts are refused until the window has passed, whatever the password. Failures are kept
 * in the database, so the limit holds across instances.
 */
@ApplicationScoped
public class SignIn {

    /**
     * Verifying against this keeps a wrong user name as slow as a wrong password. Computed on first
     * use, not at class loading: 600,000 iterations would add half a second to every start.
     */
    private static final class DummyHash {
        static final String VALUE = new PasswordHasher().hash("not-a-real-password".toCharArray());
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "convivio.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "convivio.login.window-minutes", defaultValue = "15")
    private int windowMinutes;

    private final PasswordHasher hasher = new PasswordHasher();

    public sealed interface Outcome {
    }

    public record Success(Account account) implements Outcome {
    }

    public record Failure() implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome attempt(String username, char[] password, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        Instant windowStart = now.minus(Duration.ofMinutes(windowMinutes));
        List<Instant> failures = em.createQuery(
                        "SELECT f.failedAt FROM LoginFailure f WHERE f.username = :u AND f.failedAt > :since ORDER BY f.failedAt", Instant.class)
                .setParameter("u", name).setParameter("since", windowStart).getResultList();
        if (failures.size() >= maxFailures) {
            Instant free = failures.get(failures.size() - maxFailures).plus(Duration.ofMinutes(windowMinutes));
            return new Throttled(Duration.between(now, free).plusSeconds(1));
        }
        Optional<Account> account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", name).getResultStream().findFirst();
        boolean valid = hasher.verify(password, account.map(Account::getPasswordHash).orElseGet(() -> DummyHash.VALUE))
                && account.get().isActive();
        if (!valid) {
            em.persist(new LoginFailure(name, address));
            return new Failure();
        }
        em.createQuery("DELETE FROM LoginFailure f WHERE f.username = :u").setParameter("u", name).executeUpdate();
        Account a = account.get();
        if (hasher.needsRehash(a.getPasswordHash())) {
            a.setPasswordHash(hasher.hash(password));
        }
        return new Success(a);
    }
}
