package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CatalogueEditing;
import eu.convivio.catalogue.application.Editor;
import eu.convivio.catalogue.application.ReviewReminders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The editor's start page: what the signed-in person may edit, with the entries that need review
 * flagged (and a filter for them), and the latest review reminders of their organisations. A
 * person without catalogue rights is told why and whom to ask.
 */
@Named
@RequestScoped
public class EditorHome {

    @Inject
    private CatalogueEditing editing;

    @Inject
    private ReviewReminders reminders;

    private boolean needsReviewOnly;
    private Editor editor;
    private List<CatalogueEditing.Row> services;

    public Editor getEditor() {
        if (editor == null) {
            editor = editing.editor();
        }
        return editor;
    }

    public boolean isSignedIn() {
        return getEditor().signedIn();
    }

    public boolean isEditsAnything() {
        return getEditor().editsAnything();
    }

    public List<CatalogueEditing.Row> getServices() {
        if (services == null) {
            services = editing.editableServices(needsReviewOnly);
        }
        return services;
    }

    public long getNeedingReview() {
        return getServices().stream().filter(CatalogueEditing.Row::needsReview).count();
    }

    public List<CatalogueEditing.Row> getOrganizations() {
        return editing.editableOrganizations();
    }

    public List<CatalogueEditing.Row> getLocations() {
        return editing.editableLocations();
    }

    public List<ReviewReminders.Reminder> getReminders() {
        return reminders.forEditor();
    }

    public boolean isNeedsReviewOnly() {
        return needsReviewOnly;
    }

    public void setNeedsReviewOnly(boolean needsReviewOnly) {
        this.needsReviewOnly = needsReviewOnly;
    }
}
