package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.EditRule;
import eu.convivio.catalogue.application.Editor;
import eu.convivio.catalogue.application.StaleRecord;
import eu.convivio.platform.api.Problem;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the service, organisation and location forms share beyond their rows of texts and phones:
 * the record named by the page's {@code id} (none: a new one), whether the person may edit it, the
 * version the form was opened at, and the stale save. A save of an older version is refused with
 * the fields others changed while the editor's input stays in the form; "save over" then saves
 * that input over the version now current. A form of one kind says which {@link Kind} of record it
 * edits and how its fields map to and from the record; it may say who may create one and how a new
 * form starts.
 *
 * @param <R> the record the form edits ({@code ServiceRecord}, {@code OrganizationRecord}, {@code LocationRecord})
 */
public abstract class RecordEditor<R> extends TextsAndPhonesForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueEditing editing;

    private String id;
    private boolean loaded;
    private EditRule.Decision decision;
    private Long version;
    private List<EditorMessages.ChangedField> conflict = List.of();
    private Long conflictVersion;

    /**
     * Which of {@link CatalogueEditing}'s methods read, decide on and save records of one kind, and
     * what the form needs to know of a record: its id, version and name.
     *
     * @param name {@code service}, {@code organization} or {@code location}: names the page, its messages and its fields' ids
     */
    protected record Kind<R>(String name, BiFunction<CatalogueEditing, UUID, EditRule.Decision> decision,
                             BiFunction<CatalogueEditing, UUID, R> read, BiFunction<CatalogueEditing, R, R> create, Update<R> update,
                             Function<R, UUID> idOf, Function<R, Long> versionOf, Function<R, String> nameOf) {
    }

    /** An update of the record with that id from the version the form was opened at. */
    @FunctionalInterface
    protected interface Update<R> {
        R apply(CatalogueEditing editing, UUID id, Long expectedVersion, R record);
    }

    protected RecordEditor(List<String> translatableFields) {
        super(translatableFields);
    }

    /** The kind of record the form edits (a constant of the form's class). */
    protected abstract Kind<R> kind();

    /** Puts the record's values into the form (the version is kept by this class). */
    protected abstract void fill(R record);

    /** The form's input as a record to save. */
    protected abstract R record();

    protected CatalogueEditing editing() {
        return editing;
    }

    /**
     * Whether the person may create a record of this kind. Services and locations: anyone who edits
     * anything, as far as the form can tell; the save checks the record's own organisation and areas.
     */
    protected EditRule.Decision decisionToCreate() {
        Editor editor = editing.editor();
        return editor.editsAnything() ? EditRule.Decision.ALLOWED
                : editor.signedIn() ? EditRule.Decision.FORBIDDEN : EditRule.Decision.UNAUTHORIZED;
    }

    /** Starts a new form from the page's parameters. */
    protected void prepareNew() {
    }

    /** Fills the form on the first visit: the record named by {@code id}, or a new one. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (isNew()) {
                decision = decisionToCreate();
                prepareNew();
                return;
            }
            UUID recordId = UUID.fromString(id);
            Kind<R> kind = kind();
            decision = kind.decision().apply(editing, recordId);
            if (decision == EditRule.Decision.ALLOWED) {
                R record = kind.read().apply(editing, recordId);
                version = kind.versionOf().apply(record);
                fill(record);
            }
        } catch (IllegalArgumentException | Problem e) {
            decision = EditRule.Decision.NOT_FOUND;
        }
    }

    public String save() {
        conflict = List.of();
        Kind<R> kind = kind();
        R saved;
        try {
            saved = isNew() ? kind.create().apply(editing, record()) : kind.update().apply(editing, UUID.fromString(id), version, record());
        } catch (StaleRecord stale) {
            conflict = EditorMessages.changes(stale);
            conflictVersion = stale.currentVersion();
            EditorMessages.error("conflict.summary");
            return null;
        } catch (Problem p) {
            EditorMessages.problem(p, kind.name(), ServiceEditor.ROW_KEYS);
            return null;
        }
        String name = kind.nameOf().apply(saved);
        EditorMessages.info("saved." + kind.name(), name == null ? "" : name);
        return "/catalogue/edit/" + kind.name() + ".xhtml?faces-redirect=true&id=" + kind.idOf().apply(saved);
    }

    /** After a conflict: the editor has seen what changed and saves their form over the current version. */
    public String saveOverCurrent() {
        if (conflictVersion != null) {
            version = conflictVersion;
        }
        return save();
    }

    public boolean isAllowed() {
        return decision == EditRule.Decision.ALLOWED;
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public EditRule.Decision getDecision() {
        return decision;
    }

    public List<EditorMessages.ChangedField> getConflict() {
        return conflict;
    }

    public Long getConflictVersion() {
        return conflictVersion;
    }

    public Long getVersion() {
        return version;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
