package eu.convivio.catalogue.web;

import eu.convivio.catalogue.application.CardEditing;
import eu.convivio.catalogue.application.CommunicationCards;
import eu.convivio.catalogue.domain.CardContent;
import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardPhrase;
import eu.convivio.catalogue.domain.CardText;
import eu.convivio.platform.api.IfMatch;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Emergency communication cards: public, as JSON and as printable PDF in any two of a card's
 * languages. Cities add their own cards and keep them (officers and municipal administrators of
 * the municipality that added one; platform administrators for the shipped ones): a save sends the
 * whole card with the version that was read (If-Match, or {@code version} in the body).
 */
@Path("catalogue/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communication cards", description = "Multilingual phrase cards for emergencies and everyday situations")
public class CardResource {

    @Inject
    private CommunicationCards cards;

    @Inject
    private CardEditing editing;

    @Context
    private UriInfo uri;

    /** The list: every card with its titles and the languages it can be printed in. */
    public record CardList(Set<String> languages, List<CardSummary> cards) {
    }

    public record CardSummary(String situation, boolean emergency, Map<String, String> titles, Set<String> languages,
                              String pdf) {
    }

    public record CardView(String situation, boolean emergency, Map<String, CardText> titles, Set<String> languages,
                           List<PhraseView> phrases, UUID municipality, long version) {

        static CardView of(Card c) {
            return new CardView(c.situation(), c.emergency(), new TreeMap<>(c.titles()), c.languages(),
                    c.phrases().stream().map(PhraseView::of).toList(), c.municipalityId(), c.version());
        }
    }

    /**
     * A new card: {@code code} names the situation (lower-case letters, digits, hyphens), {@code
     * municipality} the city that keeps it; titles and phrases as in {@link CardContent}.
     */
    public record NewCard(String code, UUID municipality, boolean emergency, Map<String, CardContent.Text> titles,
                          List<CardContent.Phrase> phrases) {
    }

    /** The whole card as it should be after the save; {@code version} unless If-Match carries it. */
    public record CardUpdate(Long version, boolean emergency, Map<String, CardContent.Text> titles,
                             List<CardContent.Phrase> phrases) {
    }

    public record PhraseView(UUID id, String kind, Map<String, CardText> texts, List<PhraseView> answers) {

        static PhraseView of(CardPhrase p) {
            return new PhraseView(p.id(), p.kind(), new TreeMap<>(p.texts()), p.answers().stream().map(PhraseView::of).toList());
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
    @Operation(summary = "One card with its phrases in every language, each marked reviewed or not; its version also as ETag")
    public Response card(@PathParam("situation") String situation) {
        return tagged(cards.card(situation));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Add a card for a municipality (its officers and municipal administrators)")
    public Response create(NewCard card) {
        if (card == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        Card c = editing.create(card.municipality(), card.code(),
                new CardContent(card.emergency(), card.titles(), card.phrases()));
        return Response.created(uri.getBaseUriBuilder().path("catalogue").path("cards").path(c.situation()).build())
                .entity(CardView.of(c)).tag(new EntityTag(Long.toString(c.version()))).build();
    }

    @PUT
    @Path("{situation: [a-z][a-z0-9-]*}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Replace a card's title and phrases; phrases keep their ids, phrases left out are removed")
    public Response update(@PathParam("situation") String situation, @HeaderParam("If-Match") String ifMatch, CardUpdate card) {
        if (card == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        Long version = IfMatch.optional(ifMatch);
        Card c = editing.update(situation, version != null ? version : card.version(),
                new CardContent(card.emergency(), card.titles(), card.phrases()));
        return tagged(c);
    }

    @DELETE
    @Path("{situation: [a-z][a-z0-9-]*}")
    @RolesAllowed({Role.Groups.OFFICER, Role.Groups.MUNICIPAL_ADMIN, Role.Groups.PLATFORM_ADMIN})
    @Operation(summary = "Delete a card; If-Match carries the version that was read")
    public Response delete(@PathParam("situation") String situation, @HeaderParam("If-Match") String ifMatch) {
        editing.delete(situation, IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }

    private static Response tagged(Card c) {
        return Response.ok(CardView.of(c)).tag(new EntityTag(Long.toString(c.version()))).build();
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
