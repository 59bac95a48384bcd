package eu.convivio.platform.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Personal API tokens: created and revoked by their owner, presented as bearer tokens. */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** Recognisable prefix, so that leaked tokens can be found by secret scanners. */
    public static final String PREFIX = "cvo_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    /** A token as just created: the secret is in here once and never again. */
    public record Issued(ApiToken token, String secret) {
    }

    public Issued create(String name, Integer validDays) {
        access.requireSignedIn();
        return issue(user.accountId().orElseThrow(), name, validDays);
    }

    /** Issues a token to an account whose password was just checked (the sign-in endpoint). */
    public Issued issue(UUID accountId, String name, Integer validDays) {
        if (name == null || name.isBlank()) {
            throw new Problem.Invalid("name", "Name the token, for example after the script that uses it.");
        }
        if (name.strip().length() > 100) {
            throw new Problem.Invalid("name", "At most 100 characters.");
        }
        if (validDays != null && (validDays < 1 || validDays > 366)) {
            throw new Problem.Invalid("validDays", "Between 1 and 366 days, or none for a token that does not expire.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = validDays == null ? null : Instant.now().plus(Duration.ofDays(validDays));
        ApiToken token = new ApiToken(accountId, name, sha256(secret), secret.substring(0, 10), expires);
        em.persist(token);
        em.flush();
        return new Issued(token, secret);
    }

    public List<ApiToken> mine() {
        access.requireSignedIn();
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :a ORDER BY t.createdAt DESC", ApiToken.class)
                .setParameter("a", user.accountId().orElseThrow()).getResultList();
    }

    public void revoke(UUID tokenId) {
        access.requireSignedIn();
        ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccountId().equals(user.accountId().orElseThrow())) {
            throw new Problem.NotFound("No such token.");
        }
        token.revoke(Instant.now());
    }

    /** The active account a presented secret belongs to, if the token is valid now. */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<ApiToken> token = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", sha256(secret)).getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, token.get().getAccountId());
        if (account == null || !account.isActive()) {
            return Optional.empty();
        }
        ApiToken t = token.get();
        if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            t.usedAt(now);
        }
        return Optional.of(account);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
