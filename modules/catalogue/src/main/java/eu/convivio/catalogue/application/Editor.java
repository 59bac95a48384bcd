package eu.convivio.catalogue.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Role;

import java.util.Set;
import java.util.UUID;

/**
 * What the catalogue needs to know about the person editing: signed in or not, platform
 * administrator or not, the municipalities where they are an officer (or municipal administrator),
 * the municipalities where they hold any role, and the organisations they are provider editor of.
 * Read once from {@link Access}; {@link EditRule} decides with it.
 */
public record Editor(boolean signedIn, boolean platformAdmin, Set<UUID> officerOf, Set<UUID> memberOf,
                     Set<UUID> editorOf) {

    /** Roles that keep a municipality's catalogue entries (DESIGN.md: officers; their admins too). */
    static final Role[] KEEPERS = {Role.OFFICER, Role.MUNICIPAL_ADMIN};

    public static final Editor ANONYMOUS = new Editor(false, false, Set.of(), Set.of(), Set.of());

    public Editor {
        officerOf = Set.copyOf(officerOf);
        memberOf = Set.copyOf(memberOf);
        editorOf = Set.copyOf(editorOf);
    }

    public static Editor of(CurrentUser user, Access access) {
        if (!user.isAuthenticated()) {
            return ANONYMOUS;
        }
        return new Editor(true, access.isPlatformAdmin(), access.municipalities(KEEPERS), access.municipalities(),
                access.organizations(Role.PROVIDER_EDITOR));
    }

    /** Whether this person keeps a municipality's own communication cards (officers and their admins). */
    public boolean keepsCards() {
        return platformAdmin || !officerOf.isEmpty();
    }

    /** Whether this person could edit anything in the catalogue at all (for the editor's pages). */
    public boolean editsAnything() {
        return platformAdmin || !officerOf.isEmpty() || !editorOf.isEmpty();
    }
}
