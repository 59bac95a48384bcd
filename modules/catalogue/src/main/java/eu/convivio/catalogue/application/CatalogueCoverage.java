package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.ServiceCoverage;
import eu.convivio.catalogue.infrastructure.CoverageQueries;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;

/** {@link ServiceCoverage} over the search rows: every need of a gap analysis in one statement. */
@ApplicationScoped
public class CatalogueCoverage implements ServiceCoverage {

    /** Candidates listed per need at most (the counts cover them all). */
    public static final int MAX_SERVICES_PER_NEED = 50;

    @Resource(lookup = "java:app/jdbc/convivio")
    private DataSource dataSource;

    private CoverageQueries queries;

    public CatalogueCoverage() {
    }

    /** Without a container (tests, the benchmark driver). */
    public CatalogueCoverage(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        queries = new CoverageQueries(dataSource);
    }

    @Override
    public List<Coverage> coverage(List<NeedCriteria> needs, String language, int servicesPerNeed) {
        if (needs.size() > MAX_NEEDS) {
            throw new IllegalArgumentException("at most " + MAX_NEEDS + " needs at once, not " + needs.size());
        }
        if (servicesPerNeed < 0 || servicesPerNeed > MAX_SERVICES_PER_NEED) {
            throw new IllegalArgumentException("services per need must be 0 to " + MAX_SERVICES_PER_NEED);
        }
        if (needs.isEmpty()) {
            return List.of();
        }
        String primary = language == null || language.isBlank() ? "en"
                : language.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return queries.coverage(needs, primary, servicesPerNeed);
    }
}
