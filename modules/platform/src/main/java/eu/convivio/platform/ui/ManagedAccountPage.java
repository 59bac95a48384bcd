package eu.convivio.platform.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.AccountAdministration;
import eu.convivio.platform.application.AccountAdministration.AccountForm;
import eu.convivio.platform.application.AccountAdministration.MembershipForm;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.Membership;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One account as an administrator manages it: profile and active flag (guarded by the version
 * the page was opened at), platform administration, roles, and a new password.
 */
@Named
@RequestScoped
public class ManagedAccountPage {

    @Inject
    private AccountAdministration accounts;

    @Inject
    private CurrentUser user;

    @Inject
    private MembershipChoices choices;

    private UUID id;
    private Account account;

    private String displayName;
    private String email;
    private String preferredLanguage;
    private boolean active;
    private boolean platformAdmin;
    private long version;

    private String municipality;
    private Role role;
    private String department;

    private String newPassword;
    private String repeatPassword;

    @PostConstruct
    void init() {
        id = RecordId.parameter("id");
        municipality = choices.getOnlyMunicipality();
        Account a;
        try {
            a = getAccount();
        } catch (Problem.NotFound e) {
            return;
        }
        displayName = a.getDisplayName();
        email = a.getEmail();
        preferredLanguage = a.getPreferredLanguage();
        active = a.isActive();
        platformAdmin = a.isPlatformAdmin();
        version = a.getVersion();
    }

    /** An account out of reach answers 404, exactly like one that does not exist. */
    public void load() {
        if (account == null) {
            Feedback.sendError(404);
        }
    }

    public Account getAccount() {
        if (account == null) {
            account = accounts.account(id);
        }
        return account;
    }

    /** Only the memberships this administrator may revoke get a button; the others are listed. */
    public boolean revocable(Membership m) {
        if (user.isPlatformAdmin()) {
            return true;
        }
        Set<UUID> mine = user.municipalities(Role.MUNICIPAL_ADMIN);
        return m.getMunicipalityId() != null && mine.contains(m.getMunicipalityId());
    }

    public String save() {
        Account a = getAccount();
        try {
            accounts.update(id, version, new AccountForm(a.getUsername(), displayName, email, preferredLanguage), active);
            if (user.isPlatformAdmin() && platformAdmin != a.isPlatformAdmin()) {
                accounts.setPlatformAdmin(id, platformAdmin);
            }
        } catch (Problem p) {
            Feedback.problem(p, Map.of("displayName", "profile:displayName", "email", "profile:email",
                    "preferredLanguage", "profile:preferredLanguage", "active", "profile:active",
                    "platformAdmin", "profile:platformAdmin"));
            return null;
        }
        Feedback.success("account.saved", a.getUsername());
        return self();
    }

    public String grant() {
        UUID municipalityId = Ids.parse(municipality);
        if (role == null) {
            Feedback.error("grant:role", "account.role.required");
            return null;
        }
        try {
            accounts.grant(id, new MembershipForm(municipalityId, null, Ids.parse(department), role));
        } catch (Problem p) {
            Feedback.problem(p, Map.of("municipalityId", "grant:municipality", "departmentId", "grant:department",
                    "role", "grant:role"));
            return null;
        }
        Feedback.success("account.role.granted");
        return self();
    }

    public String revoke(UUID membershipId) {
        try {
            accounts.revoke(id, membershipId);
        } catch (Problem p) {
            Feedback.problem(p, Map.of());
            return null;
        }
        Feedback.success("account.role.revoked");
        return self();
    }

    public String resetPassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Feedback.error("reset:repeatPassword", "account.password.mismatch");
            return null;
        }
        try {
            accounts.resetPassword(id, newPassword.toCharArray());
        } catch (Problem p) {
            Feedback.problem(p, Map.of("password", "reset:newPassword"));
            return null;
        } finally {
            newPassword = null;
            repeatPassword = null;
        }
        Feedback.success("account.password.reset");
        return self();
    }

    private String self() {
        return "/admin/account.xhtml?faces-redirect=true&id=" + id;
    }

    public UUID getId() {
        return id;
    }

    public List<Membership> getMemberships() {
        return getAccount().getMemberships();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
