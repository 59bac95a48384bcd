package eu.convivio.strategy.application;

import eu.convivio.catalogue.api.ServiceSummary;
import eu.convivio.needs.api.NeedSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Role;
import eu.convivio.strategy.domain.Coverage;
import eu.convivio.strategy.domain.LinkKind;
import eu.convivio.strategy.domain.MeasureLink;
import eu.convivio.strategy.infrastructure.StrategyOutline.StrategyHead;
import eu.convivio.strategy.infrastructure.StrategyOutline.VersionHead;
import eu.convivio.training.api.CourseDirectory;
import eu.convivio.training.api.CourseSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coverage report of a strategy's newest version (the open draft, or else the latest adopted
 * version): serious needs (severity 4–5, not closed) of the municipality that no measure
 * addresses, measures that no offered service delivers, and measures requiring courses that
 * nobody of the responsible department has completed. For members of the municipality, since
 * needs are not public.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageReport {

    static final int SERIOUS = 4;

    @Inject
    private MeasureLinking linking;

    @Inject
    private Directory directory;

    /** For CDI. */
    public CoverageReport() {
    }

    /** For persistence tests. */
    CoverageReport(MeasureLinking linking, Directory directory) {
        this.linking = linking;
        this.directory = directory;
    }

    public record NeedLine(UUID id, String description, String detail, int severity, String assessmentTitle) {
    }

    public record MeasureLine(UUID measureId, String title, String responsible) {
    }

    public record TrainingGap(UUID measureId, String title, String responsible, boolean noResponsibleDepartment,
                              List<String> coursesNotCompleted) {
    }

    public record Report(UUID strategyId, String title, int versionNumber, boolean adoptedVersion, boolean needsChecked,
                         boolean trainingChecked, int measureCount, List<NeedLine> needsWithoutMeasure,
                         List<MeasureLine> measuresWithoutService, List<TrainingGap> measuresWithoutTraining) {
    }

    public Report report(UUID strategyId, String language) {
        StrategyGate gate = linking.gate();
        StrategyHead head = gate.require(strategyId, Role.OFFICER, Role.COUNCIL, Role.MUNICIPAL_ADMIN);
        VersionHead version = head.openDraft() != null ? head.openDraft() : head.latestAdopted();
        if (version == null) {
            return new Report(head.id(), head.title(), 0, false, false, false, 0, List.of(), List.of(), List.of());
        }
        var measures = gate.outline().measures(version.id());
        List<MeasureLink> links = linking.linksOf(head.id());
        Set<UUID> offered = linking.services().services(links.stream().filter(l -> l.getKind() == LinkKind.SERVICE)
                        .map(MeasureLink::getTargetId).toList(), language).stream()
                .filter(s -> !s.withdrawn()).map(ServiceSummary::id).collect(Collectors.toSet());
        Map<UUID, List<MeasureLink>> byMeasure = links.stream().collect(Collectors.groupingBy(MeasureLink::getMeasureLineageId));
        Map<UUID, String> departments = directory == null ? Map.of() : directory.departments(head.municipalityId()).stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name));

        List<Coverage.MeasureLinks> input = new ArrayList<>();
        Map<UUID, String> responsible = new HashMap<>();
        for (var m : measures) {
            List<MeasureLink> own = byMeasure.getOrDefault(m.lineageId(), List.of());
            input.add(new Coverage.MeasureLinks(m.lineageId(), m.title(), m.status(), m.responsibleDepartmentId(),
                    ids(own, LinkKind.NEED, x -> true), ids(own, LinkKind.SERVICE, offered::contains), ids(own, LinkKind.COURSE, x -> true)));
            String department = m.responsibleDepartmentId() == null ? null : departments.get(m.responsibleDepartmentId());
            responsible.put(m.lineageId(), department != null ? department : m.responsibleBody() == null ? "" : m.responsibleBody());
        }

        Optional<eu.convivio.needs.api.NeedDirectory> needs = linking.needs();
        List<NeedSummary> serious = needs.map(d -> d.openNeeds(head.municipalityId(), SERIOUS)).orElse(List.of());
        Optional<CourseDirectory> courses = linking.courses();
        Coverage.Result result = Coverage.of(serious.stream().map(NeedSummary::id).toList(), input,
                (department, course) -> courses.map(d -> d.completions(department, course)).orElse(0));

        Map<UUID, NeedSummary> needById = serious.stream().collect(Collectors.toMap(NeedSummary::id, Function.identity(), (a, b) -> a));
        Map<UUID, String> courseTitles = new HashMap<>();
        List<TrainingGap> gaps = new ArrayList<>();
        for (Coverage.UntrainedMeasure u : result.measuresWithoutTraining()) {
            List<String> titles = u.coursesNotCompleted().stream().map(id -> courseTitles.computeIfAbsent(id,
                    k -> courses.flatMap(d -> d.find(k)).map(CourseSummary::title).orElse(k.toString()))).toList();
            gaps.add(new TrainingGap(u.measure().lineageId(), u.measure().title(), responsible.get(u.measure().lineageId()),
                    u.noResponsibleDepartment(), titles));
        }
        return new Report(head.id(), head.title(), version.number(), version.adopted(), needs.isPresent(), courses.isPresent(),
                measures.size(),
                result.needsWithoutMeasure().stream().map(needById::get).map(n -> new NeedLine(n.id(), n.description(),
                        MeasureLinking.needDetail(n), n.severity(), n.assessmentTitle())).toList(),
                result.measuresWithoutService().stream().map(m -> new MeasureLine(m.lineageId(), m.title(),
                        responsible.get(m.lineageId()))).toList(),
                gaps);
    }

    private static Set<UUID> ids(List<MeasureLink> links, LinkKind kind, java.util.function.Predicate<UUID> keep) {
        Set<UUID> out = new HashSet<>();
        links.stream().filter(l -> l.getKind() == kind).map(MeasureLink::getTargetId).filter(keep).forEach(out::add);
        return out;
    }
}
