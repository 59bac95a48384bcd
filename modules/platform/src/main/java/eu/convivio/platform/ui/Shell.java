package eu.convivio.platform.ui;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.application.RequestUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the layout shows around every page: who is signed in, the navigation their roles open,
 * the municipality they work in (with the switcher when they work in several), and sign-out.
 */
@Named("shell")
@RequestScoped
public class Shell {

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LocaleSelection locale;

    /** Hidden field of the switcher form: the address of the page the switcher was used on. */
    static final String RETURN_PARAMETER = "switcher-return";

    private String municipality;
    private List<MunicipalitySummary> mine;
    private final Map<UUID, String> municipalityNames = new HashMap<>();
    private final Map<UUID, String> departmentNames = new HashMap<>();

    public boolean isSignedIn() {
        return user.isAuthenticated();
    }

    public String getDisplayName() {
        return user.displayName();
    }

    public String getUsername() {
        return user.username();
    }

    public boolean isPlatformAdmin() {
        return user.isPlatformAdmin();
    }

    public boolean isAdministrator() {
        return user.isPlatformAdmin() || !user.municipalities(Role.MUNICIPAL_ADMIN).isEmpty();
    }

    /** The municipalities the user holds a role in, by name. */
    public List<MunicipalitySummary> getMyMunicipalities() {
        if (mine == null) {
            mine = user.municipalities().stream().map(directory::municipality).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(MunicipalitySummary::name)).toList();
        }
        return mine;
    }

    public boolean isSwitcherShown() {
        return getMyMunicipalities().size() > 1;
    }

    public String getSelectedName() {
        return user.selectedMunicipality().map(this::municipalityName).orElse("");
    }

    public String getMunicipality() {
        if (municipality == null) {
            municipality = user.selectedMunicipality().map(UUID::toString).orElse(null);
        }
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    /** Keeps the chosen municipality for the session; modules read it through CurrentUser. */
    public String switchMunicipality() {
        UUID chosen;
        try {
            chosen = municipality == null ? null : UUID.fromString(municipality);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null || !user.municipalities().contains(chosen)) {
            Feedback.error("municipality", "switcher.unknown");
            return null;
        }
        request.getSession(true).setAttribute(RequestUser.SELECTED_MUNICIPALITY, chosen);
        Feedback.success("switcher.switched", municipalityName(chosen));
        // back to the page as it was opened, with its address parameters (a record id, filters)
        Feedback.redirect(SignInPage.safeNext(request.getParameter(RETURN_PARAMETER), "/"));
        return null;
    }

    public void logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Feedback.redirect("/");
    }

    /** The address of this page, for the sign-in link to come back to. */
    public String getCurrentPath() {
        String uri = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .orElse(request.getRequestURI());
        String path = uri.substring(request.getContextPath().length());
        if (path.isEmpty() || path.startsWith("/login.xhtml")) {
            return "/";
        }
        return request.getQueryString() == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
                ? path : path + "?" + request.getQueryString();
    }

    public String municipalityName(UUID id) {
        if (id == null) {
            return "";
        }
        return municipalityNames.computeIfAbsent(id,
                key -> directory.municipality(key).map(MunicipalitySummary::name).orElse(key.toString()));
    }

    public String departmentName(UUID municipalityId, UUID departmentId) {
        if (departmentId == null) {
            return "";
        }
        if (!departmentNames.containsKey(departmentId) && municipalityId != null) {
            directory.departments(municipalityId).forEach(d -> departmentNames.put(d.id(), d.name()));
        }
        return Objects.requireNonNullElse(departmentNames.get(departmentId), departmentId.toString());
    }

    /** A moment as people here read it: in the language of the page, at the selected municipality's time. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        Optional<ZoneId> local = user.selectedMunicipality().flatMap(directory::municipality).map(m -> ZoneId.of(m.timeZone()));
        String text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getCurrent()).withZone(local.orElse(ZoneOffset.UTC)).format(instant);
        // without a municipality there is no local time to assume, so say which time it is
        return local.isPresent() ? text : text + " UTC";
    }

    public List<DepartmentSummary> departments(UUID municipalityId) {
        return municipalityId == null ? List.of() : directory.departments(municipalityId);
    }
}
