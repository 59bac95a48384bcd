package eu.convivio.needs.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in the needs register, asked of the platform's {@link Access} so that tenancy
 * is decided in one place: a municipality's needs are read by its officers, municipal
 * administrators and council members, and written by its officers and municipal
 * administrators. Anyone else is told the data does not exist (404) or, with a membership in
 * the municipality but another role, that the role does not allow it (403).
 */
@ApplicationScoped
public class RegisterAccess {

    public static final Role[] READERS = {Role.OFFICER, Role.MUNICIPAL_ADMIN, Role.COUNCIL};
    public static final Role[] EDITORS = {Role.OFFICER, Role.MUNICIPAL_ADMIN};

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    /** For CDI. */
    public RegisterAccess() {
    }

    /** For tests, which run without a container. */
    RegisterAccess(Access access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    public void requireReader(UUID municipalityId) {
        access.require(municipalityId, READERS);
    }

    public void requireEditor(UUID municipalityId) {
        access.require(municipalityId, EDITORS);
    }

    public boolean mayRead(UUID municipalityId) {
        return access.has(municipalityId, READERS);
    }

    public boolean mayEdit(UUID municipalityId) {
        return access.has(municipalityId, EDITORS);
    }

    /** The municipalities whose register the user reads; null for a platform administrator (all). */
    public Set<UUID> readable() {
        return access.isPlatformAdmin() ? null : user.municipalities(READERS);
    }

    public Set<UUID> writable() {
        return user.municipalities(EDITORS);
    }

    public boolean isPlatformAdmin() {
        return access.isPlatformAdmin();
    }

    /**
     * The municipality a request without one means: the switcher's choice, or the only one
     * the user reads (writes, with {@code forWriting}).
     */
    public UUID defaultMunicipality(boolean forWriting) {
        Set<UUID> mine = forWriting ? writable() : user.municipalities(READERS);
        return user.selectedMunicipality().filter(mine::contains)
                .or(() -> mine.stream().sorted().findFirst())
                .orElseThrow(() -> {
                    if (!user.isAuthenticated()) {
                        return new Problem.Unauthorized("Sign in to use the needs register.");
                    }
                    if (access.isPlatformAdmin()) {
                        return new Problem.Invalid("municipalityId", "Say which municipality you mean.");
                    }
                    return new Problem.Forbidden("Your role does not include the needs register.");
                });
    }

    public String actor() {
        return user.username();
    }
}
