package eu.convivio.platform.application;

import eu.convivio.platform.domain.Account;
import eu.convivio.platform.infrastructure.OpenIdProvider;
import eu.convivio.platform.infrastructure.OpenIdSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs a person in with the identity their city's OpenID Connect provider vouches for, as the
 * Convivio account that identity names. Convivio never creates accounts from the provider:
 * administrators create them, and the provider's claim ({@code convivio.oidc.username-claim}, or
 * {@code email} with {@code convivio.oidc.match-by=email}) must name an active one.
 *
 * <p>The configuration is read and checked when the application starts, so that a mistake stops
 * the deployment with a message naming the key; the provider itself is asked only at the first
 * sign-in (see {@link OpenIdProvider}).
 */
@ApplicationScoped
public class OpenIdSignIn {

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());

    /** Where a matching account is looked up; an interface so that matching can be tested without a database. */
    public interface Accounts {
        Optional<Account> withUsername(String username);

        Optional<Account> withEmail(String email);
    }

    /**
     * The sign-in did not succeed. {@link #code()} is one of {@code state}, {@code provider},
     * {@code token} or {@code account}: short enough for the login page's query string, and
     * telling no one whether a particular account exists at the provider.
     */
    public static final class Refused extends Exception {
        public static final String ACCOUNT = "account";
        private final String code;

        Refused(String code, String reason) {
            super(reason);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @Inject
    private Config config;

    @PersistenceContext
    private EntityManager em;

    private Optional<OpenIdSettings> settings = Optional.empty();
    private OpenIdProvider provider;
    private Accounts accounts;

    protected OpenIdSignIn() {
    }

    OpenIdSignIn(OpenIdSettings settings, OpenIdProvider provider, Accounts accounts) {
        this.settings = Optional.of(settings);
        this.provider = provider;
        this.accounts = accounts;
    }

    @PostConstruct
    void readConfiguration() {
        settings = OpenIdSettings.read(key -> config.getOptionalValue(key, String.class));
        provider = settings.map(OpenIdProvider::new).orElse(null);
        accounts = new Accounts() {
            @Override
            public Optional<Account> withUsername(String username) {
                return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                        .setParameter("u", username).getResultStream().findFirst();
            }

            @Override
            public Optional<Account> withEmail(String email) {
                return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :e", Account.class)
                        .setParameter("e", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
            }
        };
    }

    /** Reads the configuration at deployment: a setting that cannot work fails the deployment, not a sign-in. */
    void checkConfiguration(@Observes @Initialized(ApplicationScoped.class) Object started) {
        settings.ifPresentOrElse(
                s -> LOG.info(() -> "Sign-in through OpenID Connect is on: " + s),
                () -> LOG.fine("Sign-in through OpenID Connect is off (convivio.oidc.issuer is not set)"));
    }

    public boolean isEnabled() {
        return settings.isPresent();
    }

    public String buttonLabel() {
        return settings.map(OpenIdSettings::buttonLabel).orElse(OpenIdSettings.DEFAULT_BUTTON_LABEL);
    }

    /**
     * Starts a sign-in at the provider.
     *
     * @param requestCallback the callback URL derived from the browser's request, used unless
     *                        {@code convivio.oidc.redirect-uri} is configured
     */
    public OpenIdProvider.Start start(URI requestCallback) throws Refused {
        OpenIdSettings on = requireEnabled();
        try {
            return provider.start(on.redirectUri().orElse(requestCallback));
        } catch (OpenIdProvider.Failure failure) {
            throw refused(failure.reason().code(), failure.getMessage());
        }
    }

    /**
     * Completes a sign-in at the callback and answers the account to sign in.
     *
     * @param attempt  what the session remembered from {@link #start}
     * @param callback the callback's query parameters
     */
    public Account complete(OpenIdProvider.Attempt attempt, Map<String, List<String>> callback) throws Refused {
        requireEnabled();
        OpenIdProvider.Identity identity;
        try {
            identity = provider.complete(attempt, callback);
        } catch (OpenIdProvider.Failure failure) {
            throw refused(failure.reason().code(), failure.getMessage());
        }
        return accountFor(identity);
    }

    /** The active account the identity names, by the configured claim. */
    Account accountFor(OpenIdProvider.Identity identity) throws Refused {
        boolean byEmail = requireEnabled().matchBy() == OpenIdSettings.MatchBy.EMAIL;
        String claim = byEmail ? "email" : requireEnabled().usernameClaim();
        String value = identity.text(claim).map(String::strip)
                .orElseThrow(() -> refused(Refused.ACCOUNT, "the ID token has no claim " + claim));
        if (byEmail && identity.flag("email_verified").filter(verified -> !verified).isPresent()) {
            // an address the provider has not verified could be anyone's
            throw refused(Refused.ACCOUNT, "the provider reports the e-mail address as not verified");
        }
        Optional<Account> account = byEmail
                ? accounts.withEmail(value).filter(a -> a.getEmail().equalsIgnoreCase(value))
                : accounts.withUsername(value.toLowerCase(Locale.ROOT));
        if (account.isEmpty()) {
            throw refused(Refused.ACCOUNT, "no Convivio account matches the claim " + claim);
        }
        if (!account.get().isActive()) {
            throw refused(Refused.ACCOUNT, "the Convivio account matching the claim " + claim + " is deactivated");
        }
        return account.get();
    }

    private OpenIdSettings requireEnabled() {
        return settings.orElseThrow(() -> new IllegalStateException("OpenID Connect sign-in is off"));
    }

    /** Logs why, without tokens, codes or claim values, and answers the exception for the caller. */
    private static Refused refused(String code, String reason) {
        LOG.info(() -> "OpenID Connect sign-in refused (" + code + "): " + reason);
        return new Refused(code, reason);
    }
}
