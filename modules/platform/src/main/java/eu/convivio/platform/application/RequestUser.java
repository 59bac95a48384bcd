package eu.convivio.platform.application;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.MembershipView;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The current account, looked up once per request from the authenticated principal.
 * Memberships come from the database on every request, so that a role taken away takes effect
 * at once, also for sessions that are already open.
 */
@RequestScoped
public class RequestUser implements CurrentUser {

    /** Request attribute: the account the authentication mechanism has just loaded for this request. */
    public static final String AUTHENTICATED_ACCOUNT = "convivio.authenticatedAccount";

    /** Session attribute holding the municipality chosen in the switcher. */
    public static final String SELECTED_MUNICIPALITY = "convivio.municipality";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    private Account account;
    private boolean resolved;

    private Optional<Account> account() {
        if (!resolved) {
            resolved = true;
            Principal principal = securityContext.getCallerPrincipal();
            if (principal != null && request.getAttribute(AUTHENTICATED_ACCOUNT) instanceof Account known
                    && known.getUsername().equals(principal.getName()) && known.isActive()) {
                account = known;
            } else if (principal != null) {
                account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u AND a.active = TRUE", Account.class)
                        .setParameter("u", principal.getName())
                        .getResultStream().findFirst().orElse(null);
            }
        }
        return Optional.ofNullable(account);
    }

    @Override
    public boolean isAuthenticated() {
        return account().isPresent();
    }

    @Override
    public Optional<UUID> accountId() {
        return account().map(Account::getId);
    }

    @Override
    public String username() {
        return account().map(Account::getUsername).orElse("anonymous");
    }

    @Override
    public String displayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    @Override
    public boolean isPlatformAdmin() {
        return account().map(Account::isPlatformAdmin).orElse(false);
    }

    @Override
    public List<MembershipView> memberships() {
        return account().map(a -> a.getMemberships().stream().map(m -> m.view()).toList()).orElse(List.of());
    }

    @Override
    public Set<UUID> municipalities(Role... anyOf) {
        Set<Role> roles = anyOf.length == 0 ? EnumSet.allOf(Role.class) : EnumSet.copyOf(Arrays.asList(anyOf));
        return memberships().stream()
                .filter(m -> m.municipalityId() != null && roles.contains(m.role()))
                .map(MembershipView::municipalityId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    public Set<UUID> organisations() {
        return memberships().stream().map(MembershipView::organisationId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<UUID> selectedMunicipality() {
        HttpSession session = request.getSession(false);
        Set<UUID> mine = municipalities();
        if (session != null && session.getAttribute(SELECTED_MUNICIPALITY) instanceof UUID chosen
                && (mine.contains(chosen) || isPlatformAdmin())) {
            return Optional.of(chosen);
        }
        return mine.stream().findFirst();
    }

    @Override
    public String preferredLanguage() {
        return account().map(Account::getPreferredLanguage).orElse("en");
    }

    /** Container groups for the account: its roles, "user", and every group for platform admins. */
    public static Set<String> groupsOf(Account account) {
        Set<String> groups = new java.util.TreeSet<>();
        groups.add(Role.Groups.USER);
        if (account.isPlatformAdmin()) {
            groups.add(Role.Groups.PLATFORM_ADMIN);
            for (Role role : Role.values()) {
                groups.add(role.group());
            }
        }
        account.getMemberships().forEach(m -> groups.add(m.getRole().group()));
        return groups;
    }
}
