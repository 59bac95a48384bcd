package eu.convivio.training.application;

import eu.convivio.catalogue.api.Theme;
import eu.convivio.catalogue.api.Themes;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The department view on embedded PostgreSQL: themes covered and missing, hours per person, CSV. */
class DepartmentTrainingTest {

    private final RecordsWorld world = new RecordsWorld("IN_PERSON");

    private static final Themes THEMES = new Themes() {
        private final List<Theme> all = List.of(new Theme(UUID.randomUUID(), "housing", Map.of("en", "Housing")),
                new Theme(UUID.randomUUID(), "interpretation", Map.of("en", "Interpretation")),
                new Theme(UUID.randomUUID(), "health", Map.of("en", "Health")));

        public List<Theme> all() {
            return all;
        }

        public Optional<Theme> byCode(String code) {
            return all.stream().filter(t -> t.code().equals(code)).findFirst();
        }
    };

    private DepartmentTraining view(CurrentUser user) {
        return RecordsWorld.tx(em -> new DepartmentTraining(RecordsWorld.access(user), RecordsWorld.directory(),
                RecordsWorld.accounts(), world.facts(em), THEMES));
    }

    @Test
    void theViewShowsWhatEachDepartmentCoveredAndTheGaps() throws Exception {
        UUID trained = world.account("Anna Trained", "sk", world.department);
        world.account("Boris Untrained", "sk", world.department);
        world.enrol(trained, true);
        CurrentUser admin = RecordsWorld.user(UUID.randomUUID(), world.municipality, Role.MUNICIPAL_ADMIN);
        DepartmentTraining.View v = RecordsWorld.tx(em -> new DepartmentTraining(RecordsWorld.access(admin), RecordsWorld.directory(),
                RecordsWorld.accounts(), world.facts(em), THEMES).view(world.municipality));
        DepartmentTraining.Department social = v.departments().stream().filter(d -> world.department.equals(d.id())).findFirst().orElseThrow();
        assertThat(social.name()).isEqualTo("Social affairs");
        assertThat(social.covered()).containsExactly("interpretation");
        assertThat(social.gaps()).containsExactly("housing", "health");
        assertThat(social.trained()).isEqualTo(1);
        assertThat(social.staff()).extracting(DepartmentTraining.Person::name).containsExactly("Anna Trained", "Boris Untrained");
        assertThat(social.staff().get(0).hours()).isEqualByComparingTo("12");
        assertThat(social.staff().get(1).hours()).isEqualByComparingTo("0");
        // the trainer has no department: listed apart
        assertThat(v.departments()).anySatisfy(d -> assertThat(d.id()).isNull());

        String csv = RecordsWorld.tx(em -> new DepartmentTraining(RecordsWorld.access(admin), RecordsWorld.directory(),
                RecordsWorld.accounts(), world.facts(em), THEMES).csv(world.municipality, "(none)"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("person")).isEqualTo("Anna Trained");
            assertThat(r.get("department")).isEqualTo("Social affairs");
            assertThat(r.get("hours")).isEqualTo("12");
            assertThat(r.get("topics_completed")).isEqualTo("interpretation");
            assertThat(r.get("department_topics_missing")).isEqualTo("housing health");
        });
    }

    @Test
    void onlyTheMunicipalitysAdministratorsSeeIt() {
        CurrentUser learner = RecordsWorld.user(UUID.randomUUID(), world.municipality, Role.LEARNER);
        assertThatThrownBy(() -> view(learner).view(world.municipality)).isInstanceOf(Problem.Forbidden.class);
        CurrentUser otherAdmin = RecordsWorld.user(UUID.randomUUID(), UUID.randomUUID(), Role.MUNICIPAL_ADMIN);
        assertThatThrownBy(() -> view(otherAdmin).view(world.municipality)).isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> view(otherAdmin).view(null)).isInstanceOf(Problem.Invalid.class);
    }
}
