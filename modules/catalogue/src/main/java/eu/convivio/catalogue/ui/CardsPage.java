package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.CommunicationCards;
import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardPhrase;
import eu.convivio.catalogue.infrastructure.CardPdf;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The card generator: choose a situation and two languages, see the card in both side by side,
 * download it as PDF. The choice is a plain GET form, so a chosen card is a link one can share.
 */
@Named
@RequestScoped
public class CardsPage {

    @Inject
    private CommunicationCards cards;

    @Inject
    private eu.convivio.catalogue.application.CardEditing editing;

    @Inject
    private eu.convivio.platform.api.CurrentUser user;

    private String situation;
    private String from;
    private String to;
    private List<Card> all;
    private Card card;
    private boolean checked;

    public List<Card> getCards() {
        if (all == null) {
            all = cards.all();
        }
        return all;
    }

    public List<String> getLanguages() {
        return List.copyOf(cards.languages());
    }

    /** The chosen card, when the choice is complete and possible; otherwise a message says what is missing. */
    public Card getCard() {
        if (!checked) {
            checked = true;
            if (situation != null && !situation.isBlank()) {
                try {
                    card = cards.pair(situation, from, to);
                } catch (Problem p) {
                    String input = p instanceof Problem.Invalid invalid && !invalid.errors().isEmpty()
                            ? "cards-" + invalid.errors().get(0).field() : "cards-situation";
                    FacesContext.getCurrentInstance().addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            p instanceof Problem.NotFound ? LibraryFeedback.text("cards.unknown")
                                    : LibraryFeedback.text("cards.choosePair"), null));
                }
            }
        }
        return card;
    }

    public List<CardPhrase> getRows() {
        Card c = getCard();
        if (c == null) {
            return List.of();
        }
        return c.phrases().stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.answers().stream())).toList();
    }

    public String text(CardPhrase phrase, String language) {
        return phrase.in(language).map(t -> t.text()).orElse("");
    }

    public String title(Card c, String language) {
        return c.title(language).map(t -> t.text()).orElse(c.situation());
    }

    public boolean unreviewed(String language) {
        return getCard() != null && getCard().unreviewed(language);
    }

    /** Whether the reader may add or change cards (an officer or municipal administrator, or a platform administrator). */
    public boolean isEditor() {
        return user.isAuthenticated() && (user.isPlatformAdmin() || !editing.writableMunicipalities().isEmpty());
    }

    public String dir(String language) {
        return CardPdf.RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }

    /** A language's name in the interface language, and in itself, e.g. "Persian – فارسی". */
    public String languageName(String code) {
        Locale language = Locale.forLanguageTag(code);
        String inInterface = language.getDisplayLanguage(Locale.forLanguageTag(LibraryFeedback.language()));
        String native_ = language.getDisplayLanguage(language);
        return inInterface.equalsIgnoreCase(native_) ? inInterface : inInterface + " – " + native_;
    }

    public String getPdfLink() {
        return "/api/catalogue/cards/" + situation + ".pdf?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
