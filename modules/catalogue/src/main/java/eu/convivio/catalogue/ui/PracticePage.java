package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.application.PracticeLibrary;
import eu.convivio.catalogue.domain.Practice;
import eu.convivio.platform.api.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.UUID;

/** One good practice, linkable by its id; a draft is shown only to its municipality's members (others get 404). */
@Named
@RequestScoped
public class PracticePage {

    @Inject
    private PracticeLibrary library;

    @Inject
    private Themes themes;

    private String id;
    private Practice practice;
    private boolean looked;
    private Long version;

    @PostConstruct
    void readId() {
        // on a postback the plain hidden field carries it; read before any component is decoded
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    /** An unknown practice, or a draft the user may not see, answers 404. */
    public void load() {
        if (getPractice() == null) {
            LibraryFeedback.sendError(404);
        }
    }

    public String publish() {
        try {
            Practice p = library.publish(parse(id), getVersion());
            LibraryFeedback.success("practice.published");
            return "/catalogue/practice.xhtml?faces-redirect=true&id=" + p.getId();
        } catch (Problem p) {
            LibraryFeedback.problem(p, java.util.Map.of());
            return null;
        }
    }

    public Practice getPractice() {
        if (!looked) {
            looked = true;
            try {
                practice = library.practice(parse(id));
            } catch (Problem.NotFound e) {
                practice = null;
            }
        }
        return practice;
    }

    static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isEditable() {
        return getPractice() != null && library.editable(practice);
    }

    public String themeName(String code) {
        return themes.byCode(code).map(t -> t.name(LibraryFeedback.language())).orElse(code);
    }

    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(LibraryFeedback.language()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version != null ? version : getPractice() == null ? null : practice.getVersion();
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
