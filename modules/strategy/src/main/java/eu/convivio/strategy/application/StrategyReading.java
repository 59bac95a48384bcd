package eu.convivio.strategy.application;

import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionComparison;
import eu.convivio.strategy.domain.VersionContents;
import eu.convivio.strategy.infrastructure.StrategyQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reading strategies. Adopted versions are public; drafts are read by the council, officers and
 * administrators of the strategy's municipality (and platform administrators). To anyone else a
 * strategy without an adopted version, or a draft, does not exist (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StrategyReading {

    /** Who may read a municipality's drafts. */
    public static final Role[] DRAFT_READERS = {Role.COUNCIL, Role.OFFICER, Role.MUNICIPAL_ADMIN};
    /** Who may write a municipality's strategies. */
    public static final Role[] WRITERS = {Role.COUNCIL};

    /** A strategy in a list: its latest adopted version and its open draft, as far as the reader may see them. */
    public record StrategySummary(Strategy strategy, String municipality, StrategyVersion latestAdopted,
                                  StrategyVersion openDraft) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser user;

    @Inject
    private Directory directory;

    private StrategyQueries queries() {
        return new StrategyQueries(em);
    }

    public boolean mayReadDrafts(Strategy s) {
        return access.isPlatformAdmin() || access.has(s.getMunicipalityId(), DRAFT_READERS);
    }

    public boolean mayWrite(Strategy s) {
        return access.isPlatformAdmin() || access.has(s.getMunicipalityId(), WRITERS);
    }

    /** The strategy, if the reader may see it: anyone once a version is adopted, else its municipality's readers. */
    public Strategy strategy(UUID id) {
        Strategy s = id == null ? null : em.find(Strategy.class, id);
        if (s == null || !(mayReadDrafts(s) || queries().latestAdopted(id).isPresent())) {
            throw new Problem.NotFound("No such strategy.");
        }
        return s;
    }

    /** One version, if the reader may see it: adopted ones are public, drafts only for the municipality's readers. */
    public StrategyVersion version(UUID id) {
        StrategyVersion v = id == null ? null : em.find(StrategyVersion.class, id);
        if (v == null || !(v.isAdopted() || mayReadDrafts(v.getStrategy()))) {
            throw new Problem.NotFound("No such strategy version.");
        }
        return v;
    }

    /** The versions of a strategy the reader may see, oldest first. */
    public List<StrategyVersion> versions(Strategy s) {
        boolean drafts = mayReadDrafts(s);
        return queries().versions(s.getId()).stream().filter(v -> drafts || v.isAdopted()).toList();
    }

    public Optional<StrategyVersion> latestAdopted(Strategy s) {
        return queries().latestAdopted(s.getId());
    }

    public Optional<StrategyVersion> openDraft(Strategy s) {
        return mayReadDrafts(s) ? queries().openDraft(s.getId()) : Optional.empty();
    }

    public VersionContents contents(StrategyVersion v) {
        return queries().contents(v);
    }

    /** A section of a version the reader may see. */
    public Section section(UUID id) {
        Section s = id == null ? null : em.find(Section.class, id);
        if (s == null) {
            throw new Problem.NotFound("No such section.");
        }
        version(s.getStrategyVersion().getId());
        return s;
    }

    /** A goal, measure or indicator of a version the reader may see. */
    public <T extends eu.convivio.strategy.domain.VersionContent> T piece(Class<T> type, UUID id) {
        T piece = id == null ? null : em.find(type, id);
        if (piece == null) {
            throw new Problem.NotFound("No such " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        version(piece.getStrategyVersion().getId());
        return piece;
    }

    /** Compares two versions of one strategy, both readable by the reader. */
    public VersionComparison compare(UUID fromId, UUID toId) {
        StrategyVersion from = version(fromId);
        StrategyVersion to = version(toId);
        if (!from.getStrategy().getId().equals(to.getStrategy().getId())) {
            throw new Problem.Invalid("to", "Both versions must belong to the same strategy.");
        }
        return VersionComparison.of(contents(from), contents(to));
    }

    /** Strategies with an adopted version, for everyone. */
    public List<StrategySummary> adopted() {
        return queries().withAdoptedVersion().stream().map(this::summary).toList();
    }

    /** Strategies of the municipalities where the reader may read drafts (all for a platform administrator). */
    public List<StrategySummary> mine() {
        if (!user.isAuthenticated()) {
            return List.of();
        }
        List<Strategy> strategies = access.isPlatformAdmin() ? queries().all()
                : queries().ofMunicipalities(access.municipalities(DRAFT_READERS));
        return strategies.stream().map(this::summary).toList();
    }

    /** Municipalities where the current user may start a strategy. */
    public List<MunicipalitySummary> writableMunicipalities() {
        Set<UUID> ids = new LinkedHashSet<>(access.municipalities(WRITERS));
        if (access.isPlatformAdmin()) {
            return directory.municipalities();
        }
        return directory.municipalities().stream().filter(m -> ids.contains(m.id())).toList();
    }

    public String municipalityName(UUID id) {
        return directory.municipality(id).map(MunicipalitySummary::name).orElse("");
    }

    private StrategySummary summary(Strategy s) {
        return new StrategySummary(s, municipalityName(s.getMunicipalityId()),
                queries().latestAdopted(s.getId()).orElse(null), openDraft(s).orElse(null));
    }
}
