package eu.convivio.platform.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.Validation;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Membership;
import eu.convivio.platform.domain.Municipality;
import eu.convivio.platform.domain.Organisation;
import eu.convivio.platform.domain.PasswordPolicy;
import eu.convivio.platform.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts and their memberships. Platform administrators manage every account; a municipal
 * administrator manages the accounts that hold a role in their municipality, and grants or
 * revokes roles there only. Accounts outside an administrator's reach answer 404.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Validation validation;

    private final PasswordHasher hasher = new PasswordHasher();

    public record AccountForm(
            @NotBlank @Pattern(regexp = Account.USERNAME_PATTERN, message = "{convivio.username}") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Pattern(regexp = "en|el|bg|sk", message = "{convivio.interfaceLanguage}") String preferredLanguage) {
    }

    public record MembershipForm(UUID municipalityId, UUID organisationId, UUID departmentId, @NotNull Role role) {
    }

    /** The accounts this administrator may manage, by user name. */
    public List<Account> accounts() {
        access.requireSignedIn();
        if (user.isPlatformAdmin()) {
            return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
        }
        Set<UUID> mine = user.municipalities(Role.MUNICIPAL_ADMIN);
        if (mine.isEmpty()) {
            throw new Problem.Forbidden("Only administrators manage accounts.");
        }
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.memberships m WHERE m.municipalityId IN :mine ORDER BY a.username", Account.class)
                .setParameter("mine", mine).getResultList();
    }

    public Account account(UUID id) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null || !manages(account)) {
            throw new Problem.NotFound("No such account.");
        }
        return account;
    }

    /**
     * Creates an account with a first password and, for municipal administrators, a first role
     * in their municipality (an account they could not see afterwards makes no sense).
     */
    public Account create(AccountForm form, char[] password, MembershipForm firstRole) {
        access.requireSignedIn();
        validation.check(form);
        if (!user.isPlatformAdmin()) {
            if (firstRole == null || firstRole.municipalityId() == null) {
                throw new Problem.Invalid("municipalityId", "Choose the municipality where the new account works.");
            }
            access.require(firstRole.municipalityId(), Role.MUNICIPAL_ADMIN);
        }
        String username = form.username().toLowerCase(Locale.ROOT);
        checkPassword(password, username);
        if (exists("SELECT COUNT(a) FROM Account a WHERE LOWER(a.username) = :v", username)) {
            throw new Problem.Invalid("username", "This user name is taken.");
        }
        if (exists("SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) = :v", form.email().strip().toLowerCase(Locale.ROOT))) {
            throw new Problem.Invalid("email", "Another account uses this e-mail address.");
        }
        Account account = new Account(username, form.displayName(), form.email(), form.preferredLanguage());
        account.setPasswordHash(hasher.hash(password));
        if (firstRole != null && firstRole.role() != null) {
            grantChecked(account, firstRole);
        }
        em.persist(account);
        em.flush();
        return account;
    }

    public Account update(UUID id, long expectedVersion, AccountForm form, boolean active) {
        Account account = account(id);
        Versions.expect(account.getVersion(), expectedVersion, "account");
        validation.check(form);
        String email = form.email().strip().toLowerCase(Locale.ROOT);
        boolean emailTaken = em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :e", Account.class)
                .setParameter("e", email).getResultStream().anyMatch(a -> !a.getId().equals(id));
        if (emailTaken) {
            throw new Problem.Invalid("email", "Another account uses this e-mail address.");
        }
        if (!active && user.accountId().filter(id::equals).isPresent()) {
            throw new Problem.Invalid("active", "You cannot deactivate your own account.");
        }
        account.updateProfile(form.displayName(), form.email(), form.preferredLanguage());
        account.setActive(active);
        em.flush();
        return account;
    }

    public Account setPlatformAdmin(UUID id, boolean platformAdmin) {
        access.requirePlatformAdmin();
        Account account = account(id);
        if (!platformAdmin && user.accountId().filter(id::equals).isPresent()) {
            throw new Problem.Invalid("platformAdmin", "You cannot take away your own administrator rights.");
        }
        account.setPlatformAdmin(platformAdmin);
        em.flush();
        return account;
    }

    public Membership grant(UUID accountId, MembershipForm form) {
        Account account = account(accountId);
        validation.check(form);
        Membership m = grantChecked(account, form);
        em.flush();
        return m;
    }

    public void revoke(UUID accountId, UUID membershipId) {
        Account account = account(accountId);
        Membership membership = account.getMemberships().stream().filter(m -> m.getId().equals(membershipId))
                .findFirst().orElseThrow(() -> new Problem.NotFound("No such membership."));
        if (membership.getMunicipalityId() != null) {
            access.require(membership.getMunicipalityId(), Role.MUNICIPAL_ADMIN);
        } else {
            access.requirePlatformAdmin();
        }
        account.revoke(membershipId);
        em.flush();
    }

    /** An administrator sets a new password, for example when a colleague forgot theirs. */
    public void resetPassword(UUID accountId, char[] password) {
        Account account = account(accountId);
        checkPassword(password, account.getUsername());
        account.setPasswordHash(hasher.hash(password));
        em.flush();
    }

    /** The signed-in user changes their own password, proving the current one. */
    public void changeOwnPassword(char[] current, char[] replacement) {
        Account account = self();
        if (!hasher.verify(current, account.getPasswordHash())) {
            throw new Problem.Invalid("currentPassword", "The current password is not correct.");
        }
        checkPassword(replacement, account.getUsername());
        account.setPasswordHash(hasher.hash(replacement));
        em.flush();
    }

    /** The signed-in user changes their name, e-mail and language. */
    public Account updateOwnProfile(long expectedVersion, String displayName, String email, String language) {
        Account account = self();
        AccountForm form = new AccountForm(account.getUsername(), displayName, email, language);
        return update(account.getId(), expectedVersion, form, true);
    }

    public Account self() {
        access.requireSignedIn();
        return em.find(Account.class, user.accountId().orElseThrow());
    }

    private Membership grantChecked(Account account, MembershipForm form) {
        if (form.role() == Role.PROVIDER_EDITOR) {
            access.requirePlatformAdmin();
            if (form.organisationId() == null || em.find(Organisation.class, form.organisationId()) == null) {
                throw new Problem.Invalid("organisationId", "Choose the organisation whose services this editor keeps.");
            }
            return account.grant(null, form.organisationId(), null, form.role());
        }
        if (form.municipalityId() == null || em.find(Municipality.class, form.municipalityId()) == null) {
            throw new Problem.Invalid("municipalityId", "Choose a municipality.");
        }
        access.require(form.municipalityId(), Role.MUNICIPAL_ADMIN);
        if (form.departmentId() != null) {
            Department d = em.find(Department.class, form.departmentId());
            if (d == null || !d.getMunicipalityId().equals(form.municipalityId())) {
                throw new Problem.Invalid("departmentId", "The department must belong to the chosen municipality.");
            }
        }
        return account.grant(form.municipalityId(), null, form.departmentId(), form.role());
    }

    private boolean manages(Account account) {
        if (user.isPlatformAdmin() || user.accountId().filter(account.getId()::equals).isPresent()) {
            return true;
        }
        Set<UUID> mine = user.municipalities(Role.MUNICIPAL_ADMIN);
        return account.getMemberships().stream().anyMatch(m -> mine.contains(m.getMunicipalityId()));
    }

    private boolean exists(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
    }

    private static void checkPassword(char[] password, String username) {
        PasswordPolicy.check(password == null ? null : new String(password), username).ifPresent(reason -> {
            throw new Problem.Invalid("password", switch (reason) {
                case "password.tooShort" -> "Use at least " + PasswordPolicy.MIN_LENGTH + " characters.";
                case "password.tooLong" -> "Use at most " + PasswordPolicy.MAX_LENGTH + " characters.";
                case "password.containsUsername" -> "The password must not contain the user name.";
                default -> "This password is too easy to guess.";
            });
        });
    }
}
