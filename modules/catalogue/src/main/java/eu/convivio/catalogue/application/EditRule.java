package eu.convivio.catalogue.application;

import eu.convivio.platform.api.Problem;

import java.util.Collections;
import java.util.Set;
import java.util.UUID;

/**
 * Who may change which catalogue record; the one rule the API and the pages both use.
 * <p>
 * A record's scope is the organisation that owns it and the municipalities it concerns (the
 * service areas of a service; for an organisation, the areas of its services and the municipality
 * that registered it; for a location, those of its organisation and of the services offered there).
 * Platform administrators may change everything; the owning organisation's provider editors and
 * the officers (and municipal administrators) of any of the scope's municipalities may change the
 * record. Everyone else reads.
 * <p>
 * Refusals follow the platform's {@code Access} convention: signed out is 401; a person with a role
 * in one of the record's municipalities, but not a role that edits, gets 403; a person with no
 * business with any of them gets 404, as for another tenant's data.
 */
public final class EditRule {

    /** The outcome of {@link #decide}. */
    public enum Decision { ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND }

    /** What a record belongs to, for this rule. */
    public record Scope(UUID organizationId, Set<UUID> municipalities) {
        public Scope {
            municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
        }
    }

    private EditRule() {
    }

    public static Decision decide(Editor editor, Scope scope) {
        if (!editor.signedIn()) {
            return Decision.UNAUTHORIZED;
        }
        if (editor.platformAdmin()) {
            return Decision.ALLOWED;
        }
        if (scope.organizationId() != null && editor.editorOf().contains(scope.organizationId())) {
            return Decision.ALLOWED;
        }
        if (!Collections.disjoint(editor.officerOf(), scope.municipalities())) {
            return Decision.ALLOWED;
        }
        if (!Collections.disjoint(editor.memberOf(), scope.municipalities())) {
            return Decision.FORBIDDEN;
        }
        return Decision.NOT_FOUND;
    }

    public static boolean allows(Editor editor, Scope scope) {
        return decide(editor, scope) == Decision.ALLOWED;
    }

    /** Throws the problem that matches the decision; returns when allowed. */
    public static void require(Editor editor, Scope scope, String what) {
        switch (decide(editor, scope)) {
            case ALLOWED -> {
            }
            case UNAUTHORIZED -> throw new Problem.Unauthorized("Sign in first.");
            case FORBIDDEN -> throw new Problem.Forbidden("Your role in this municipality does not allow changing the catalogue: "
                    + "officers of the municipalities a " + what + " serves and the organisation's provider editors do.");
            case NOT_FOUND -> throw new Problem.NotFound("No such " + what + " that you may change.");
        }
    }
}
