package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.catalogue.domain.Practice;
import eu.convivio.catalogue.domain.PracticeContent;
import eu.convivio.catalogue.infrastructure.PracticeQueries;
import eu.convivio.catalogue.infrastructure.PracticeQueries.PracticeFilter;
import eu.convivio.catalogue.infrastructure.PracticeQueries.Reader;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.api.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The good-practice library's use cases. Reading is open to everyone for published practices;
 * drafts only to the members of the owning municipality (others are told it does not exist).
 * Writing takes an officer or municipal administrator of that municipality.
 */
@ApplicationScoped
@Transactional
public class PracticeLibrary implements eu.convivio.catalogue.api.PracticePublishing {

    /** Who may write a municipality's practices. */
    static final Role[] EDITORS = {Role.OFFICER, Role.MUNICIPAL_ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Validation validation;

    @Inject
    private Themes themes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Practice> search(String text, String theme, String country) {
        var filter = new PracticeFilter(blankToNull(text), blankToNull(theme),
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT));
        return new PracticeQueries(em).search(filter, reader());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> countries() {
        return new PracticeQueries(em).countries(reader());
    }

    /** One practice, if the current user may read it; otherwise 404, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Practice practice(UUID id) {
        Practice p = id == null ? null : em.find(Practice.class, id);
        if (p == null || !(user.isPlatformAdmin() || p.readableBy(user.municipalities()))) {
            throw new Problem.NotFound("No such practice.");
        }
        return p;
    }

    /**
     * A new draft of a municipality; without a municipality, of the one the user works in now
     * (the switcher's choice) when they may write there.
     */
    public Practice create(UUID municipalityId, PracticeContent content) {
        UUID owner = municipalityId != null ? municipalityId : defaultMunicipality();
        access.require(owner, EDITORS);
        check(content);
        Practice p = new Practice(UUID.randomUUID(), owner, content);
        em.persist(p);
        em.flush();
        return p;
    }

    /** Rewrites a practice that the editor read at {@code version}. */
    public Practice update(UUID id, long version, PracticeContent content) {
        Practice p = practice(id);
        access.require(p.getMunicipalityId(), EDITORS);
        p.expectVersion(version);
        check(content);
        p.write(content);
        em.flush();
        return p;
    }

    public Practice publish(UUID id, Long version) {
        Practice p = practice(id);
        access.require(p.getMunicipalityId(), EDITORS);
        if (version != null) {
            p.expectVersion(version);
        }
        p.publish(Instant.now());
        em.flush();
        return p;
    }

    /**
     * For other modules (training's study visits): writes and publishes in one transaction. The
     * caller has checked the user's right to speak for the municipality, so the library's own
     * editor roles are not demanded; the text is checked as an editor's is.
     */
    @Override
    public UUID publish(UUID municipalityId, Draft draft) {
        if (municipalityId == null || draft == null) {
            throw new Problem.Invalid("body", "Say which municipality publishes which practice.");
        }
        PracticeContent content = new PracticeContent(draft.language(), draft.title(), draft.summary(), draft.problem(),
                draft.approach(), draft.results(), draft.city(), draft.country(), draft.sourceProgramme(),
                draft.transferability(), draft.contacts(), draft.themes() == null ? List.of() : draft.themes(),
                draft.links() == null ? List.of() : draft.links());
        check(content);
        Practice p = new Practice(UUID.randomUUID(), municipalityId, content);
        p.publish(Instant.now());
        em.persist(p);
        em.flush();
        return p.getId();
    }

    /** Whether the current user may edit the practice (for showing an edit link). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean editable(Practice p) {
        return access.has(p.getMunicipalityId(), EDITORS);
    }

    /** The municipalities where the current user may write practices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> writableMunicipalities() {
        return user.municipalities(EDITORS);
    }

    private UUID defaultMunicipality() {
        Set<UUID> writable = user.municipalities(EDITORS);
        return user.selectedMunicipality().filter(writable::contains)
                .or(() -> writable.stream().findFirst())
                .orElseThrow(() -> user.isAuthenticated()
                        ? new Problem.Invalid("municipalityId", "Say which municipality the practice belongs to.")
                        : new Problem.Unauthorized("Sign in to write practices."));
    }

    private void check(PracticeContent content) {
        if (content == null) {
            throw new Problem.Invalid("body", "The request needs a JSON body.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            validation.check(content);
        } catch (Problem.Invalid invalid) {
            errors.addAll(invalid.errors());
        }
        // element rules here rather than as Bean Validation on the list elements: those would be
        // reported under the field "<list element>" instead of the list's name
        for (String link : content.links()) {
            if (!PracticeContent.LINK.matcher(link).matches()) {
                errors.add(new Problem.FieldError("links", "'" + link + "' is not a web address starting with http:// or https://."));
                break;
            }
        }
        for (String code : content.themes()) {
            if (code == null || themes.byCode(code).isEmpty()) {
                errors.add(new Problem.FieldError("themes", "Unknown theme '" + code + "'; use the codes of "
                        + Themes.TAXONOMY + " such as " + themes.all().stream().limit(3).map(Theme::code).toList() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    private Reader reader() {
        return new Reader(user.municipalities(), user.isPlatformAdmin());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
