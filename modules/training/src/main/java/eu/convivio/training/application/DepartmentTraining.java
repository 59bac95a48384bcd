package eu.convivio.training.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.Access;
import eu.convivio.platform.api.Accounts;
import eu.convivio.platform.api.DepartmentSummary;
import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The training-needs view of a municipality for its administrators: per department, the themes
 * of the shared taxonomy its staff have completed courses in, those nobody has, and the hours of
 * completed training per person. Staff are the municipality's accounts; their department is the
 * one their membership names.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DepartmentTraining {

    @Inject
    private Access access;

    @Inject
    private Directory directory;

    @Inject
    private Accounts accounts;

    @Inject
    private SessionFacts facts;

    @Inject
    private Themes themes;

    public DepartmentTraining() {
    }

    /** For tests. */
    DepartmentTraining(Access access, Directory directory, Accounts accounts, SessionFacts facts, Themes themes) {
        this.access = access;
        this.directory = directory;
        this.accounts = accounts;
        this.facts = facts;
        this.themes = themes;
    }

    public record View(UUID municipalityId, String municipalityName, List<Department> departments, List<Theme> themes) {
    }

    /** A department; {@code id} is null for staff whose membership names no department. */
    public record Department(UUID id, String name, List<Person> staff, Set<String> covered, List<String> gaps) {

        public BigDecimal hours() {
            return staff.stream().map(Person::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public long trained() {
            return staff.stream().filter(p -> p.courses() > 0).count();
        }
    }

    public record Person(UUID accountId, String name, int courses, BigDecimal hours, Set<String> topics) {
    }

    public View view(UUID municipalityId) {
        if (municipalityId == null) {
            throw new Problem.Invalid("municipality", "Say which municipality's departments to show.");
        }
        access.require(municipalityId, Role.MUNICIPAL_ADMIN);
        String name = directory.municipality(municipalityId).orElseThrow(() -> new Problem.NotFound("No such municipality.")).name();
        List<Accounts.StaffMember> staff = accounts.staff(municipalityId);
        Map<UUID, List<SessionFacts.Completion>> completions = facts.completionsOf(
                        staff.stream().map(Accounts.StaffMember::accountId).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(SessionFacts.Completion::learnerId));
        List<Theme> all = themes.all();
        Map<UUID, String> departmentNames = new LinkedHashMap<>();
        for (DepartmentSummary d : directory.departments(municipalityId)) {
            departmentNames.put(d.id(), d.name());
        }
        Map<UUID, List<Person>> byDepartment = new LinkedHashMap<>();
        departmentNames.keySet().forEach(id -> byDepartment.put(id, new ArrayList<>()));
        List<Person> without = new ArrayList<>();
        for (Accounts.StaffMember member : staff) {
            List<SessionFacts.Completion> done = completions.getOrDefault(member.accountId(), List.of());
            Person person = new Person(member.accountId(), member.displayName(), done.size(),
                    done.stream().map(SessionFacts.Completion::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                    done.stream().flatMap(c -> c.topicCodes().stream()).collect(Collectors.toCollection(TreeSet::new)));
            if (member.departmentId() != null && byDepartment.containsKey(member.departmentId())) {
                byDepartment.get(member.departmentId()).add(person);
            } else {
                without.add(person);
            }
        }
        List<Department> departments = new ArrayList<>();
        byDepartment.forEach((id, people) -> departments.add(department(id, departmentNames.get(id), people, all)));
        if (!without.isEmpty()) {
            departments.add(department(null, null, without, all));
        }
        return new View(municipalityId, name, departments, all);
    }

    static Department department(UUID id, String name, List<Person> people, List<Theme> all) {
        Set<String> covered = people.stream().flatMap(p -> p.topics().stream()).collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = all.stream().map(Theme::code).filter(code -> !covered.contains(code)).toList();
        return new Department(id, name, List.copyOf(people), covered, gaps);
    }

    /** The view as CSV: one row per person, with their department's gaps repeated for filtering in a spreadsheet. */
    public String csv(UUID municipalityId, String noDepartment) {
        View view = view(municipalityId);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("department", "person", "completed_courses", "hours", "topics_completed", "department_topics_missing")
                .get())) {
            for (Department d : view.departments()) {
                for (Person p : d.staff()) {
                    csv.printRecord(d.name() == null ? noDepartment : d.name(), p.name(), p.courses(),
                            p.hours().stripTrailingZeros().toPlainString(), String.join(" ", p.topics()),
                            String.join(" ", d.gaps()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
