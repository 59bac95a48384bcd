package eu.convivio.catalogue.application;

import eu.convivio.catalogue.domain.Card;
import eu.convivio.catalogue.domain.CardContent;
import eu.convivio.catalogue.infrastructure.CardWriter;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.AuditJournal;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Cities add and keep their own communication cards. A card added by a municipality is kept by its
 * officers and municipal administrators; the cards shipped with Convivio by platform
 * administrators. Every card stays public. A save replaces the whole card on the version that was
 * read: an older version is refused (409) and nothing is written.
 */
@ApplicationScoped
@Transactional
public class CardEditing {

    /** Who keeps a municipality's cards: those who keep its catalogue entries ({@link Editor#keepsCards()} says the same). */
    static final Role[] EDITORS = Editor.KEEPERS;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CommunicationCards cards;

    @Inject
    private AuditJournal audit;

    /** The municipalities the user may add cards for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> writableMunicipalities() {
        return access.municipalities(EDITORS);
    }

    /** Whether the user may change the card. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean editable(Card card) {
        return access.isPlatformAdmin()
                || card.municipalityId() != null && access.has(card.municipalityId(), EDITORS);
    }

    /** The cards the user may change, in their printed order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Card> editableCards() {
        return cards.all().stream().filter(this::editable).toList();
    }

    /**
     * Adds a card for a municipality; without a municipality, one of the shared cards (platform
     * administrators only).
     */
    public Card create(UUID municipalityId, String code, CardContent content) {
        access.requireSignedIn();
        if (municipalityId == null) {
            if (!access.isPlatformAdmin()) {
                throw new Problem.Invalid("municipality", "Choose the municipality that keeps this card.");
            }
        } else {
            access.require(municipalityId, EDITORS);
        }
        CardContent.checkCode(code);
        content.check();
        if (!new CardWriter(em).create(code, municipalityId, content)) {
            throw new Problem.Invalid("code", "A card with the code '" + code + "' exists already; choose another code.");
        }
        BeforeAndAfter.record(audit, "CREATE", "CommunicationCard", code, null, content);
        return cards.card(code);
    }

    /** Replaces the card's title and phrases, if it is still at the version that was read. */
    public Card update(String code, Long version, CardContent content) {
        Card card = writable(code);
        if (version == null) {
            throw new Problem.Invalid("version", "Send the version you read (If-Match or version), so that nobody's change is overwritten.");
        }
        content.check();
        if (!new CardWriter(em).update(code, version, content)) {
            throw stale(card, version);
        }
        BeforeAndAfter.record(audit, "UPDATE", "CommunicationCard", code, card.content(), content);
        return cards.card(code);
    }

    /** Deletes a card, if it is still at the version that was read. */
    public void delete(String code, Long version) {
        Card card = writable(code);
        if (version == null) {
            throw new Problem.Invalid("version", "Send the version you read (If-Match or version).");
        }
        if (!new CardWriter(em).delete(code, version)) {
            throw stale(card, version);
        }
        BeforeAndAfter.record(audit, "DELETE", "CommunicationCard", code, card.content(), null);
    }

    private Card writable(String code) {
        access.requireSignedIn();
        Card card = cards.card(code);
        if (!editable(card)) {
            throw new Problem.Forbidden(card.municipalityId() == null
                    ? "The cards shipped with Convivio are kept by platform administrators."
                    : "Only the officers and administrators of the municipality that added this card change it.");
        }
        return card;
    }

    private static Problem stale(Card card, long version) {
        return new Problem.Conflict("The card '" + card.situation() + "' was saved by someone else since you opened it (version "
                + version + ", now " + card.version() + "). Nothing was saved; open it again to see the changes, then make yours.");
    }

}
