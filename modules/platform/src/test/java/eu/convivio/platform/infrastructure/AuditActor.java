package eu.convivio.platform.infrastructure;

/**
 * Names the actor of audit entries in tests, which run without CDI and so without a current user.
 * (Lives in the audit trail's package because the hook it uses is package-private.)
 */
public final class AuditActor {

    private AuditActor() {
    }

    /** Every audit entry written from now on, from any thread, names this user until {@link #reset()}. */
    public static void set(String username) {
        AuditTrail.actorSupplier(() -> username);
    }

    /** Back to the production behaviour, which names "system" when no request is active. */
    public static void reset() {
        AuditTrail.actorSupplier(() -> AuditTrail.SYSTEM);
    }
}
