package eu.convivio.catalogue.application;

import eu.convivio.catalogue.domain.CityTaxonomy;
import eu.convivio.catalogue.infrastructure.CityTaxonomyStore;
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
 * Taxonomies that cities add beside the shared themes. Everyone reads them (they are published in
 * the HSDS API too); a city's officers and municipal administrators keep its taxonomies; platform
 * administrators keep all. A save replaces the taxonomy on the version that was read: an older
 * version is refused (409) and nothing is written.
 */
@ApplicationScoped
@Transactional
public class CityTaxonomies {

    static final Role[] KEEPERS = {Role.OFFICER, Role.MUNICIPAL_ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditJournal audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CityTaxonomy> all() {
        return new CityTaxonomyStore(em).all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CityTaxonomy taxonomy(UUID id) {
        return (id == null ? java.util.Optional.<CityTaxonomy>empty() : new CityTaxonomyStore(em).find(id))
                .orElseThrow(() -> new Problem.NotFound("No city taxonomy with this id."));
    }

    /** The municipalities the user may add taxonomies for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> writableMunicipalities() {
        return access.municipalities(KEEPERS);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean editable(CityTaxonomy t) {
        return access.isPlatformAdmin() || access.has(t.municipalityId(), KEEPERS);
    }

    public CityTaxonomy create(UUID municipalityId, CityTaxonomy.Content content) {
        access.requireSignedIn();
        if (municipalityId == null) {
            throw new Problem.Invalid("municipality", "Choose the municipality that keeps this taxonomy.");
        }
        access.require(municipalityId, KEEPERS);
        content.check();
        UUID id = UUID.randomUUID();
        if (!new CityTaxonomyStore(em).create(id, municipalityId, content)) {
            throw new Problem.Invalid("name", "Another taxonomy is called '" + content.name().strip() + "'; choose another name.");
        }
        BeforeAndAfter.record(audit, "CREATE", "CityTaxonomy", id.toString(), null, content);
        return taxonomy(id);
    }

    public CityTaxonomy update(UUID id, Long version, CityTaxonomy.Content content) {
        CityTaxonomy current = writable(id);
        if (version == null) {
            throw new Problem.Invalid("version", "Send the version you read (If-Match or version), so that nobody's change is overwritten.");
        }
        content.check();
        if (!new CityTaxonomyStore(em).update(id, version, content)) {
            throw stale(current, version);
        }
        BeforeAndAfter.record(audit, "UPDATE", "CityTaxonomy", id.toString(), current.content(), content);
        return taxonomy(id);
    }

    public void delete(UUID id, Long version) {
        CityTaxonomy current = writable(id);
        if (version == null) {
            throw new Problem.Invalid("version", "Send the version you read (If-Match or version).");
        }
        if (!new CityTaxonomyStore(em).delete(id, version)) {
            throw stale(current, version);
        }
        BeforeAndAfter.record(audit, "DELETE", "CityTaxonomy", id.toString(), current.content(), null);
    }

    private CityTaxonomy writable(UUID id) {
        access.requireSignedIn();
        CityTaxonomy t = taxonomy(id);
        if (!editable(t)) {
            throw new Problem.Forbidden("Only the officers and administrators of the municipality that added this taxonomy change it.");
        }
        return t;
    }

    private static Problem stale(CityTaxonomy t, long version) {
        return new Problem.Conflict("The taxonomy '" + t.name() + "' was saved by someone else since you opened it (version "
                + version + ", now " + t.version() + "). Nothing was saved; open it again to see the changes, then make yours.");
    }

}
