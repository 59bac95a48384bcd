package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CardEditing;
import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardContent;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cards a user keeps, and the form that adds one: a municipality, a code, the title and a
 * first phrase in one language; the card editor takes it from there.
 */
@Named
@RequestScoped
public class CardShelf {

    private static final Map<String, String> INPUTS = Map.of("code", "new-card:code", "municipality", "new-card:municipality",
            "titles", "new-card:title", "phrases", "new-card:phrase", "phrases[0].texts", "new-card:language");

    @Inject
    private CardEditing editing;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    private String municipality;
    private String code;
    private String language;
    private String title;
    private String phrase;
    private boolean emergency;

    /** Signed-out users go to sign in; users who keep no cards and may add none are refused. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!user.isAuthenticated()) {
            LibraryFeedback.redirect("/login.xhtml?next=/catalogue/edit/cards.xhtml");
            return;
        }
        if (!user.isPlatformAdmin() && editing.writableMunicipalities().isEmpty()) {
            LibraryFeedback.sendError(403);
            return;
        }
        language = LibraryFeedback.language();
        municipality = user.selectedMunicipality().filter(editing.writableMunicipalities()::contains)
                .or(() -> editing.writableMunicipalities().stream().findFirst()).map(UUID::toString).orElse(null);
    }

    public List<Card> getCards() {
        return editing.editableCards();
    }

    public String title(Card card) {
        return card.title(LibraryFeedback.language()).or(() -> card.title("en")).or(() -> card.titles().values().stream().findFirst())
                .map(t -> t.text()).orElse(card.situation());
    }

    public String keeper(Card card) {
        return card.municipalityId() == null ? LibraryFeedback.text("cardEdit.shared")
                : directory.municipality(card.municipalityId()).map(MunicipalitySummary::name).orElse("");
    }

    public int phraseCount(Card card) {
        return card.phrases().stream().mapToInt(p -> 1 + p.answers().size()).sum();
    }

    /** The municipalities the user may add a card for, by name. */
    public List<MunicipalitySummary> getMunicipalities() {
        return editing.writableMunicipalities().stream().map(directory::municipality).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(MunicipalitySummary::name)).toList();
    }

    public String create() {
        String tag = language == null ? "" : language.strip();
        CardContent content = new CardContent(emergency,
                blank(title) ? Map.of() : Map.of(tag, new CardContent.Text(title.strip(), false)),
                blank(phrase) ? List.of() : List.of(new CardContent.Phrase(null, "say", Map.of(tag, new CardContent.Text(phrase.strip(), false)), List.of())));
        UUID owner;
        try {
            owner = blank(municipality) ? null : UUID.fromString(municipality);
        } catch (IllegalArgumentException e) {
            owner = null;
        }
        Card card;
        try {
            card = editing.create(owner, code == null ? null : code.strip(), content);
        } catch (Problem p) {
            if (p instanceof Problem.Invalid invalid) {
                // the domain's English messages, said in the page's language beside the fields
                p = new Problem.Invalid(invalid.errors().stream().map(e -> new Problem.FieldError(
                        e.field().equals("titles.".concat(tag)) ? "titles" : e.field().startsWith("phrases[0].texts.") ? "phrases" : e.field(),
                        CardEditor.message(e))).toList());
            }
            LibraryFeedback.problem(p, INPUTS);
            return null;
        }
        LibraryFeedback.success("cardEdit.created", title.strip());
        return "/catalogue/edit/card.xhtml?faces-redirect=true&situation=" + card.situation();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPhrase() {
        return phrase;
    }

    public void setPhrase(String phrase) {
        this.phrase = phrase;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }
}
