package eu.convivio.platform.ui;

import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.AccountAdministration;
import eu.convivio.platform.application.AccountAdministration.AccountForm;
import eu.convivio.platform.application.AccountAdministration.MembershipForm;
import eu.convivio.platform.domain.Account;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The accounts an administrator manages, a text filter over them, and the form for a new one. */
@Named
@RequestScoped
public class AccountsPage {

    @Inject
    private AccountAdministration accounts;

    @Inject
    private MembershipChoices choices;

    private String query;
    private List<Account> found;

    private String username;
    private String displayName;
    private String email;
    private String preferredLanguage;
    private String password;
    private String municipality;
    private Role role;
    private String department;

    @PostConstruct
    void init() {
        query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        municipality = choices.getOnlyMunicipality();
    }

    /** Accounts whose user name, name or e-mail contains the filter text. */
    public List<Account> getAccounts() {
        if (found == null) {
            String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
            found = accounts.accounts().stream()
                    .filter(a -> needle.isEmpty() || a.getUsername().contains(needle)
                            || a.getDisplayName().toLowerCase(Locale.ROOT).contains(needle)
                            || a.getEmail().toLowerCase(Locale.ROOT).contains(needle))
                    .toList();
        }
        return found;
    }

    public String create() {
        UUID municipalityId = Ids.parse(municipality);
        UUID departmentId = Ids.parse(department);
        if (municipalityId != null && role == null) {
            Feedback.error("role", "account.role.required");
            return null;
        }
        MembershipForm firstRole = municipalityId == null && role == null ? null
                : new MembershipForm(municipalityId, null, departmentId, role);
        Account created;
        try {
            created = accounts.create(new AccountForm(username, displayName, email, preferredLanguage),
                    password == null ? new char[0] : password.toCharArray(), firstRole);
        } catch (Problem p) {
            Feedback.problem(p, Map.of("username", "username", "displayName", "displayName", "email", "email",
                    "preferredLanguage", "preferredLanguage", "password", "password", "municipalityId", "municipality",
                    "departmentId", "department", "role", "role"));
            return null;
        } finally {
            password = null;
        }
        Feedback.success("account.created", created.getUsername());
        return "/admin/account.xhtml?faces-redirect=true&id=" + created.getId();
    }

    public String getQuery() {
        return query;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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
}
