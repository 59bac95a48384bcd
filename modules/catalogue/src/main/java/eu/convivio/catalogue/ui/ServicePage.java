package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.PortalCatalogue;
import eu.convivio.catalogue.application.PortalCatalogue.ServiceDetail;
import eu.convivio.catalogue.application.PortalCatalogue.TextState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A service's public page, {@code /catalogue/service.xhtml?id=…}; an unknown id answers 404. */
@Named
@RequestScoped
public class ServicePage {

    @Inject
    private PortalCatalogue catalogue;

    @Inject
    private PortalTexts texts;

    private String id;
    private ServiceDetail service;

    public void load() {
        service = PortalRequests.uuid(id).flatMap(uuid -> catalogue.service(uuid, texts.getLanguage())).orElse(null);
        if (service == null) {
            PortalRequests.notFound();
        }
    }

    public ServiceDetail getService() {
        return service;
    }

    /**
     * The note beside a text that is not a reviewed text in the reader's language, or null:
     * an unreviewed translation, or the original because nobody translated it.
     */
    public String note(String field) {
        TextState state = service == null ? TextState.FINAL : service.textState(field);
        return switch (state) {
            case FINAL -> null;
            case UNREVIEWED -> texts.text("text.unreviewed");
            case ORIGINAL -> texts.text("text.original", texts.languageNameInSentence(service.originalLanguage()));
        };
    }

    /** The lang attribute of a text: the original language where no translation was shown. */
    public String lang(String field) {
        return service != null && service.textState(field) == TextState.ORIGINAL ? service.originalLanguage()
                : texts.getLanguage();
    }

    /** "18 and over", "up to 17", "6 to 17", or null when the service has no age limits. */
    public String ages() {
        Integer min = service.minimumAge();
        Integer max = service.maximumAge();
        if (min == null && max == null) {
            return null;
        }
        if (max == null) {
            return texts.text("eligibility.ageFrom", min);
        }
        if (min == null) {
            return texts.text("eligibility.ageTo", max);
        }
        return texts.text("eligibility.ageRange", min, max);
    }

    /** Places with coordinates, for the map; the address list is shown for every place regardless. */
    public List<PortalCatalogue.Place> getMappedPlaces() {
        return service.places().stream().filter(p -> p.latitude() != null && p.longitude() != null).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
