package eu.convivio.catalogue.application;

import eu.convivio.catalogue.infrastructure.HsdsQueries;
import eu.convivio.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The public, read-only catalogue in HSDS shapes. Everyone may read it, so there is no access
 * decision here; confidential locations are left out by the queries themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HsdsCatalogue {

    /** One page of JSON objects (as text, built by the database) and how many there are in all. */
    public record Listing(PageRequest request, long total, List<String> contents) {
    }

    @PersistenceContext
    private EntityManager em;

    public Listing services(HsdsQueries.ServiceFilter filter, String language, PageRequest page) {
        HsdsQueries queries = new HsdsQueries(em);
        long total = queries.countServices(filter);
        return new Listing(page, total, total <= page.offset() ? List.of()
                : queries.services(filter, language, page.offset(), page.perPage()));
    }

    public String service(UUID id, String language) {
        return new HsdsQueries(em).service(id, language)
                .orElseThrow(() -> new Problem.NotFound("No service with id " + id));
    }

    public Listing organizations(String language, PageRequest page) {
        HsdsQueries queries = new HsdsQueries(em);
        long total = queries.countOrganizations();
        return new Listing(page, total, queries.organizations(language, page.offset(), page.perPage()));
    }

    public String organization(UUID id, String language) {
        return new HsdsQueries(em).organization(id, language)
                .orElseThrow(() -> new Problem.NotFound("No organization with id " + id));
    }

    public Listing locations(String language, PageRequest page) {
        HsdsQueries queries = new HsdsQueries(em);
        return new Listing(page, queries.countLocations(), queries.locations(language, page.offset(), page.perPage()));
    }

    public String location(UUID id, String language) {
        return new HsdsQueries(em).location(id, language)
                .orElseThrow(() -> new Problem.NotFound("No location with id " + id));
    }

    public Listing servicesAtLocations(String language, PageRequest page) {
        HsdsQueries queries = new HsdsQueries(em);
        return new Listing(page, queries.countServicesAtLocations(),
                queries.servicesAtLocations(language, page.offset(), page.perPage()));
    }

    public String serviceAtLocation(UUID id, String language) {
        return new HsdsQueries(em).serviceAtLocation(id, language)
                .orElseThrow(() -> new Problem.NotFound("No service_at_location with id " + id));
    }

    public Listing taxonomies(PageRequest page) {
        HsdsQueries queries = new HsdsQueries(em);
        return new Listing(page, queries.countTaxonomies(), queries.taxonomies(page.offset(), page.perPage()));
    }

    public Listing taxonomyTerms(UUID taxonomyId, String language, PageRequest page) {
        HsdsQueries queries = new HsdsQueries(em);
        return new Listing(page, queries.countTaxonomyTerms(taxonomyId),
                queries.taxonomyTerms(taxonomyId, language, page.offset(), page.perPage()));
    }
}
