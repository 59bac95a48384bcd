package eu.convivio.strategy.application;

import eu.convivio.catalogue.api.ServiceDirectory;
import eu.convivio.catalogue.api.ServiceSummary;
import eu.convivio.needs.api.NeedDirectory;
import eu.convivio.needs.api.NeedSummary;
import eu.convivio.strategy.domain.FundingSource;
import eu.convivio.strategy.domain.Indicator;
import eu.convivio.strategy.domain.IndicatorDefinition;
import eu.convivio.strategy.domain.Measure;
import eu.convivio.strategy.domain.MeasurePlan;
import eu.convivio.strategy.domain.MeasureStatus;
import eu.convivio.strategy.domain.Section;
import eu.convivio.strategy.domain.Strategy;
import eu.convivio.strategy.domain.StrategyVersion;
import eu.convivio.strategy.infrastructure.StrategyUnit;
import eu.convivio.training.api.CourseDirectory;
import eu.convivio.training.api.CourseSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Strategies built with the core's entities for the consultation and monitoring tests, and the
 * other modules' directories as small in-memory stand-ins.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The lineages of one strategy's content and its versions. */
    record Built(UUID strategy, UUID municipality, UUID adopted, UUID draft, UUID section, UUID subsection, UUID measure,
                 UUID untrainedMeasure, UUID indicator, UUID department) {
    }

    static MeasurePlan plan(String title, UUID department, MeasureStatus status, int progress) {
        return new MeasurePlan(null, title, "What is done", department, "Department of social affairs", "NGOs",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("12000.00"), "EUR",
                FundingSource.AMIF, status, progress);
    }

    /**
     * An adopted version 1 and, when {@code windowStart} is given, a revision (version 2) in
     * consultation from {@code windowStart} to {@code windowEnd}. Without an adoption
     * ({@code adopt} false), version 1 itself goes to consultation.
     */
    static Built strategy(boolean adopt, LocalDate windowStart, LocalDate windowEnd, boolean publicComments) {
        UUID municipality = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        UUID v1 = UUID.randomUUID();
        UUID section = UUID.randomUUID();
        UUID subsection = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        UUID untrained = UUID.randomUUID();
        UUID indicator = UUID.randomUUID();
        UUID department = UUID.randomUUID();
        UUID[] draft = new UUID[1];
        StrategyUnit.doInTransaction(em -> {
            Strategy strategy = new Strategy(id, municipality, "Test strategy " + id, "en", LocalDate.of(2025, 1, 1),
                    LocalDate.of(2030, 12, 31));
            strategy.allowPublicComments(publicComments);
            em.persist(strategy);
            StrategyVersion version = StrategyVersion.firstDraft(v1, strategy);
            em.persist(version);
            content(em, version, section, subsection, measure, untrained, indicator, department);
            em.flush();
            if (adopt) {
                strategy.startConsultation(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));
                strategy.closeConsultation();
                version.adopt(LocalDate.of(2025, 3, 1), "Municipal council", "Resolution 12/2025");
            } else if (windowStart != null) {
                strategy.startConsultation(windowStart, windowEnd);
                draft[0] = v1;
            }
        });
        if (adopt && windowStart != null) {
            draft[0] = UUID.randomUUID();
            StrategyUnit.doInTransaction(em -> {
                StrategyVersion adopted = em.find(StrategyVersion.class, v1);
                StrategyVersion revision = StrategyVersion.revisionOf(draft[0], adopted, 1);
                em.persist(revision);
                content(em, revision, section, subsection, measure, untrained, indicator, department);
                em.flush();
                revision.getStrategy().startConsultation(windowStart, windowEnd);
            });
        }
        return new Built(id, municipality, adopt ? v1 : null, draft[0], section, subsection, measure, untrained, indicator, department);
    }

    private static void content(jakarta.persistence.EntityManager em, StrategyVersion version, UUID section, UUID subsection,
                                UUID measure, UUID untrained, UUID indicator, UUID department) {
        Section top = new Section(UUID.randomUUID(), version, section, null, 0, "Housing", "Text", null);
        em.persist(top);
        em.persist(new Section(UUID.randomUUID(), version, subsection, top.getId(), 0, "Social housing", "Text", null));
        Measure m = new Measure(UUID.randomUUID(), version, measure, 0, plan("Housing mediation", department, MeasureStatus.PLANNED, 0));
        em.persist(m);
        em.persist(new Measure(UUID.randomUUID(), version, untrained, 1, plan("Interpreting at the counter", department,
                MeasureStatus.IN_PROGRESS, 20)));
        em.persist(new Measure(UUID.randomUUID(), version, UUID.randomUUID(), 2, plan("Abandoned idea", null, MeasureStatus.DROPPED, 0)));
        em.persist(new Indicator(UUID.randomUUID(), version, indicator, 0, new IndicatorDefinition(null, m.getId(),
                "Families housed", "families", new BigDecimal("10"), LocalDate.of(2024, 12, 31), new BigDecimal("50"),
                LocalDate.of(2030, 12, 31))));
    }

    /** The catalogue as a map. */
    static final class Services implements ServiceDirectory {
        final Map<UUID, ServiceSummary> byId = new HashMap<>();

        UUID add(String name, String status) {
            UUID id = UUID.randomUUID();
            byId.put(id, new ServiceSummary(id, name, "Test NGO", status));
            return id;
        }

        @Override
        public List<ServiceSummary> services(Collection<UUID> ids, String language) {
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public List<ServiceSummary> search(String text, String language, int limit) {
            return byId.values().stream().filter(s -> s.name().contains(text)).limit(limit).toList();
        }

        @Override
        public List<ServiceSummary> searchIn(UUID municipalityId, String text, String language, int limit) {
            return search(text, language, limit);
        }
    }

    /** Needs mapping as a map; every need is visible, as to a member of its municipality. */
    static final class Needs implements NeedDirectory {
        final Map<UUID, NeedSummary> byId = new HashMap<>();

        UUID add(UUID municipality, int severity, String status) {
            UUID id = UUID.randomUUID();
            byId.put(id, new NeedSummary(id, municipality, UUID.randomUUID(), "Assessment 2025", "housing", null,
                    "refugees", "Families wait months for a flat", severity, 120, status));
            return id;
        }

        @Override
        public Optional<NeedSummary> find(UUID needId) {
            return Optional.ofNullable(byId.get(needId));
        }

        @Override
        public List<NeedSummary> openNeeds(UUID municipalityId, int minSeverity) {
            return byId.values().stream().filter(n -> n.municipalityId().equals(municipalityId) && n.severity() >= minSeverity
                    && !"closed".equals(n.status())).toList();
        }

        @Override
        public List<NeedSummary> openNeedsForDemo(eu.convivio.platform.api.DemoDataLoading loading, UUID municipalityId, int minSeverity) {
            return openNeeds(municipalityId, minSeverity);
        }
    }

    /** Training as maps: courses, and completions per department and course. */
    static final class Courses implements CourseDirectory {
        final Map<UUID, CourseSummary> byId = new HashMap<>();
        final Map<List<UUID>, Integer> completions = new HashMap<>();

        UUID add(String title) {
            UUID id = UUID.randomUUID();
            byId.put(id, new CourseSummary(id, title, List.of("interpretation"), new BigDecimal("8"), "sk"));
            return id;
        }

        @Override
        public Optional<CourseSummary> find(UUID courseId) {
            return Optional.ofNullable(byId.get(courseId));
        }

        @Override
        public List<CourseSummary> courses(String topicCode) {
            return List.copyOf(byId.values());
        }

        @Override
        public int completions(UUID departmentId, UUID courseId) {
            return completions.getOrDefault(List.of(departmentId, courseId), 0);
        }
    }
}
