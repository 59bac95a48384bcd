package eu.convivio.training.application;

import eu.convivio.catalogue.api.PracticePublishing;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import eu.convivio.training.domain.StudyVisitReport;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Study-visit reports on embedded PostgreSQL and their publication through catalogue.api. */
class StudyVisitsTest {

    private final RecordsWorld world = new RecordsWorld("STUDY_VISIT");
    private final List<PracticePublishing.Draft> published = new ArrayList<>();
    private final PracticePublishing library = (municipality, draft) -> {
        published.add(draft);
        return UUID.randomUUID();
    };

    private StudyVisits visits(EntityManager em, CurrentUser user) {
        return new StudyVisits(em, RecordsWorld.access(user), user, world.facts(em), RecordsWorld.directory(), library, Clock.systemUTC());
    }

    private final StudyVisitReport.Text text = new StudyVisitReport.Text("One-stop desk for newcomers",
            "Trnava's front desk books interpreters for every first visit.", "The desk keeps a roster of interpreters.",
            "Book interpreters before the first visit, not after.");

    @Test
    void theSessionsTrainerWritesAndTheHostPublishesOnce() {
        CurrentUser trainer = RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER);
        StudyVisitReport written = RecordsWorld.tx(em -> visits(em, trainer).write(world.session, null, text));
        assertThatThrownBy(() -> RecordsWorld.tx(em -> visits(em, trainer).write(world.session, written.getVersion() + 5, text)))
                .isInstanceOf(Problem.Conflict.class);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> visits(em, trainer).write(world.session, null, text)))
                .isInstanceOf(Problem.Invalid.class);
        RecordsWorld.tx(em -> visits(em, trainer).write(world.session, written.getVersion(), text));
        StudyVisitReport report = RecordsWorld.tx(em -> visits(em, trainer).publish(world.session, null));
        assertThat(report.getPracticeId()).isNotNull();
        assertThat(published).hasSize(1);
        PracticePublishing.Draft draft = published.get(0);
        assertThat(draft.title()).isEqualTo("One-stop desk for newcomers");
        assertThat(draft.city()).isEqualTo(world.municipalityName);
        assertThat(draft.country()).isEqualTo("SK");
        assertThat(draft.approach()).isEqualTo("The desk keeps a roster of interpreters.");
        assertThat(draft.transferability()).isEqualTo("Book interpreters before the first visit, not after.");
        assertThat(draft.themes()).containsExactly("interpretation");
        assertThatThrownBy(() -> RecordsWorld.tx(em -> visits(em, trainer).publish(world.session, null)))
                .isInstanceOf(Problem.Conflict.class);
        assertThat(published).hasSize(1);
    }

    @Test
    void emptyFieldsAreNamedAndOthersMayNotWrite() {
        CurrentUser trainer = RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> visits(em, trainer).write(world.session, null,
                new StudyVisitReport.Text(" ", "s", "", "l"))))
                .isInstanceOfSatisfying(Problem.Invalid.class, e -> assertThat(e.byField()).containsOnlyKeys("title", "practices"));
        assertThat(RecordsWorld.query("SELECT 1 FROM training.study_visit_report WHERE session_id = ?", world.session)).isEmpty();
        CurrentUser learner = RecordsWorld.user(UUID.randomUUID(), world.municipality, Role.LEARNER);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> visits(em, learner).write(world.session, null, text)))
                .isInstanceOf(Problem.Forbidden.class);
        CurrentUser otherCity = RecordsWorld.user(UUID.randomUUID(), UUID.randomUUID(), Role.TRAINER);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> visits(em, otherCity).write(world.session, null, text)))
                .isInstanceOf(Problem.NotFound.class);
    }
}
