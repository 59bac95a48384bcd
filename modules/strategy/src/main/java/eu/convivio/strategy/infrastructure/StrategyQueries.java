package eu.convivio.strategy.infrastructure;

import eu.convivio.strategy.domain.Goal;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.domain.VersionContents;
import eu.convivio.strategy.domain.VersionKind;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads strategies, versions and their content. */
public final class StrategyQueries {

    private final EntityManager em;

    public StrategyQueries(EntityManager em) {
        this.em = em;
    }

    public VersionContents contents(StrategyVersion version) {
        UUID id = version.getId();
        return new VersionContents(version,
                em.createQuery("SELECT s FROM Section s WHERE s.strategyVersion.id = :v ORDER BY s.position, s.heading", Section.class)
                        .setParameter("v", id).getResultList(),
                em.createQuery("SELECT g FROM Goal g WHERE g.strategyVersion.id = :v ORDER BY g.position, g.title", Goal.class)
                        .setParameter("v", id).getResultList(),
                em.createQuery("SELECT m FROM Measure m WHERE m.strategyVersion.id = :v ORDER BY m.position, m.title", Measure.class)
                        .setParameter("v", id).getResultList(),
                em.createQuery("SELECT i FROM Indicator i WHERE i.strategyVersion.id = :v ORDER BY i.position, i.name", Indicator.class)
                        .setParameter("v", id).getResultList());
    }

    /** All versions of a strategy, oldest first. */
    public List<StrategyVersion> versions(UUID strategyId) {
        return em.createQuery("SELECT v FROM StrategyVersion v WHERE v.strategy.id = :s ORDER BY v.number", StrategyVersion.class)
                .setParameter("s", strategyId).getResultList();
    }

    public Optional<StrategyVersion> openDraft(UUID strategyId) {
        return versions(strategyId).stream().filter(v -> v.getKind() == VersionKind.DRAFT).findFirst();
    }

    public Optional<StrategyVersion> latestAdopted(UUID strategyId) {
        List<StrategyVersion> adopted = versions(strategyId).stream().filter(StrategyVersion::isAdopted).toList();
        return adopted.isEmpty() ? Optional.empty() : Optional.of(adopted.get(adopted.size() - 1));
    }

    public int latestNumber(UUID strategyId) {
        return em.createQuery("SELECT COALESCE(MAX(v.number), 0) FROM StrategyVersion v WHERE v.strategy.id = :s", Integer.class)
                .setParameter("s", strategyId).getSingleResult();
    }

    /** Strategies with at least one adopted version: what everyone may read. */
    public List<Strategy> withAdoptedVersion() {
        return em.createQuery("SELECT s FROM Strategy s WHERE EXISTS (SELECT v FROM StrategyVersion v WHERE v.strategy = s"
                + " AND v.kind = eu.convivio.strategy.domain.VersionKind.ADOPTED) ORDER BY s.title", Strategy.class).getResultList();
    }

    public List<Strategy> ofMunicipalities(Collection<UUID> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Strategy s WHERE s.municipalityId IN :m ORDER BY s.title", Strategy.class)
                .setParameter("m", municipalities).getResultList();
    }

    public List<Strategy> all() {
        return em.createQuery("SELECT s FROM Strategy s ORDER BY s.title", Strategy.class).getResultList();
    }

    /** The next free position in a list of the version (sections: among the siblings under {@code parentId}). */
    public int nextSectionPosition(UUID versionId, UUID parentId) {
        String parent = parentId == null ? "s.parentId IS NULL" : "s.parentId = :p";
        var q = em.createQuery("SELECT COALESCE(MAX(s.position) + 1, 0) FROM Section s WHERE s.strategyVersion.id = :v AND " + parent, Integer.class)
                .setParameter("v", versionId);
        if (parentId != null) {
            q.setParameter("p", parentId);
        }
        return q.getSingleResult();
    }

    public int nextPosition(Class<?> type, UUID versionId) {
        return em.createQuery("SELECT COALESCE(MAX(x.position) + 1, 0) FROM " + type.getSimpleName() + " x WHERE x.strategyVersion.id = :v", Integer.class)
                .setParameter("v", versionId).getSingleResult();
    }
}
