package eu.convivio.platform.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.application.AccountAdministration;
import eu.convivio.platform.application.ApiTokens;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.ApiToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The signed-in person's own account: profile, password and personal API tokens. */
@Named
@RequestScoped
public class AccountPage {

    private static final String SELF = "/account/index.xhtml?faces-redirect=true";
    static final String NEW_SECRET = "newTokenSecret";

    @Inject
    private AccountAdministration accounts;

    @Inject
    private ApiTokens apiTokens;

    private String displayName;
    private String email;
    private String preferredLanguage;
    private long version;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    private String tokenName;
    private Integer tokenValidDays;

    private List<ApiToken> tokens;

    /**
     * Fills the profile form from the account before any submitted value is applied, so that
     * a postback of another form on the page still shows the profile.
     */
    @PostConstruct
    void load() {
        Account self = accounts.self();
        displayName = self.getDisplayName();
        email = self.getEmail();
        preferredLanguage = self.getPreferredLanguage();
        version = self.getVersion();
    }

    public String getUsername() {
        return accounts.self().getUsername();
    }

    public String saveProfile() {
        try {
            accounts.updateOwnProfile(version, displayName, email, preferredLanguage);
        } catch (Problem p) {
            Feedback.problem(p, Map.of("displayName", "profile:displayName", "email", "profile:email",
                    "preferredLanguage", "profile:preferredLanguage"));
            return null;
        }
        Feedback.success("account.profile.saved");
        return SELF;
    }

    public String changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Feedback.error("password:repeatPassword", "account.password.mismatch");
            return null;
        }
        try {
            accounts.changeOwnPassword(chars(currentPassword), chars(newPassword));
        } catch (Problem p) {
            Feedback.problem(p, Map.of("currentPassword", "password:currentPassword", "password", "password:newPassword"));
            return null;
        }
        Feedback.success("account.password.changed");
        return SELF;
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine();
        }
        return tokens;
    }

    public boolean usable(ApiToken token) {
        return token.isUsableAt(Instant.now());
    }

    public String createToken() {
        ApiTokens.Issued issued;
        try {
            issued = apiTokens.create(tokenName, tokenValidDays);
        } catch (Problem p) {
            Feedback.problem(p, Map.of("name", "token:tokenName", "validDays", "token:tokenValidDays"));
            return null;
        }
        // shown once, on the page the redirect leads to; never stored anywhere else
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(NEW_SECRET, issued.secret());
        Feedback.success("account.token.created", issued.token().getName());
        return SELF;
    }

    public String revokeToken(UUID id) {
        try {
            apiTokens.revoke(id);
        } catch (Problem p) {
            Feedback.problem(p, Map.of());
            return null;
        }
        Feedback.success("account.token.revoked");
        return SELF;
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Integer getTokenValidDays() {
        return tokenValidDays;
    }

    public void setTokenValidDays(Integer tokenValidDays) {
        this.tokenValidDays = tokenValidDays;
    }
}
