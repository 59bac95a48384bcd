package eu.convivio.catalogue.web;

import eu.convivio.catalogue.application.CommunicationCards;
import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardPhrase;
import eu.convivio.catalogue.domain.CardText;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Emergency communication cards: public, as JSON and as printable PDF in any two of a card's languages. */
@Path("catalogue/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communication cards", description = "Multilingual phrase cards for emergencies and everyday situations")
public class CardResource {

    @Inject
    private CommunicationCards cards;

    /** The list: every card with its titles and the languages it can be printed in. */
    public record CardList(Set<String> languages, List<CardSummary> cards) {
    }

    public record CardSummary(String situation, boolean emergency, Map<String, String> titles, Set<String> languages,
                              String pdf) {
    }

    public record CardView(String situation, boolean emergency, Map<String, CardText> titles, Set<String> languages,
                           List<PhraseView> phrases) {
    }

    public record PhraseView(String kind, Map<String, CardText> texts, List<PhraseView> answers) {

        static PhraseView of(CardPhrase p) {
            return new PhraseView(p.kind(), new TreeMap<>(p.texts()), p.answers().stream().map(PhraseView::of).toList());
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Every card, its titles and the languages it exists in")
    public CardList list() {
        List<Card> all = cards.all();
        return new CardList(cards.languages(), all.stream().map(c -> new CardSummary(c.situation(), c.emergency(),
                new TreeMap<>(c.titles().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()))),
                c.languages(), "/api/catalogue/cards/" + c.situation() + ".pdf?from=en&to=" + c.languages().stream()
                .filter(l -> !l.equals("en")).findFirst().orElse("en"))).toList());
    }

    @GET
    @Path("{situation: [a-z][a-z0-9-]*}")
    @PermitAll
    @Operation(summary = "One card with its phrases in every language, each marked reviewed or not")
    public CardView card(@PathParam("situation") String situation) {
        Card c = cards.card(situation);
        return new CardView(c.situation(), c.emergency(), new TreeMap<>(c.titles()), c.languages(),
                c.phrases().stream().map(PhraseView::of).toList());
    }

    @GET
    @Path("{situation: [a-z][a-z0-9-]*}.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @PermitAll
    @Operation(summary = "The card as a printable A4 PDF, both languages beside each other (from, to: language codes)")
    public Response pdf(@PathParam("situation") String situation, @QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] pdf = cards.pdf(situation, from, to);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"card-" + situation + "-" + from + "-" + to + ".pdf\"")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
