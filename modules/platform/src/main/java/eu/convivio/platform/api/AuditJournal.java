package eu.convivio.platform.api;

/**
 * Writes an audit entry for a change that did not go through an {@link Audited} entity — a bulk
 * change made in SQL, such as a catalogue import — in the caller's transaction, naming the
 * current user (or {@code system}) as the actor.
 */
public interface AuditJournal {

    /**
     * @param action     CREATE, UPDATE or DELETE
     * @param entityType what was changed, e.g. {@code CatalogueImport}
     * @param entityId   which one (at most 64 characters)
     * @param changes    a JSON object describing the change (counts, file names, …)
     */
    void record(String action, String entityType, String entityId, String changes);
}
