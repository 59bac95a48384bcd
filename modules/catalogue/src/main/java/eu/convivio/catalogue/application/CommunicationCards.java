package eu.convivio.catalogue.application;

import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.infrastructure.CardPdf;
import eu.convivio.catalogue.infrastructure.CardQueries;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The emergency communication cards: public, read only, printed in any two languages a card has. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommunicationCards {

    @PersistenceContext
    private EntityManager em;

    public List<Card> all() {
        return new CardQueries(em).all();
    }

    /** Every language at least one card can be printed in. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        all().forEach(c -> languages.addAll(c.languages()));
        return languages;
    }

    public Card card(String situation) {
        return all().stream().filter(c -> c.situation().equals(situation)).findFirst()
                .orElseThrow(() -> new Problem.NotFound("No communication card for the situation '" + situation + "'."));
    }

    /** Checks that the card exists in both languages and that they differ; answers the card. */
    public Card pair(String situation, String from, String to) {
        Card card = card(situation);
        if (from == null || from.isBlank()) {
            throw new Problem.Invalid("from", "Choose the first language (from), for example bg.");
        }
        if (to == null || to.isBlank()) {
            throw new Problem.Invalid("to", "Choose the second language (to), for example fa.");
        }
        if (!card.languages().contains(from)) {
            throw new Problem.Invalid("from", "This card is not available in '" + from + "'; it is in " + card.languages() + ".");
        }
        if (!card.languages().contains(to)) {
            throw new Problem.Invalid("to", "This card is not available in '" + to + "'; it is in " + card.languages() + ".");
        }
        if (from.equals(to)) {
            throw new Problem.Invalid("to", "Choose two different languages.");
        }
        return card;
    }

    /** The printable A4 PDF of the card in the two languages. */
    public byte[] pdf(String situation, String from, String to) {
        Card card = pair(situation, from, to);
        List<String> unreviewed = List.of(from, to).stream().filter(card::unreviewed).toList();
        String footer = "Convivio communication card · " + card.title("en").map(t -> t.text()).orElse(situation)
                + " · " + from + " / " + to
                + (unreviewed.isEmpty() ? "" : " · Translation not yet reviewed: " + String.join(", ", unreviewed));
        return CardPdf.render(card, from, to, footer);
    }
}
