package eu.convivio.training.application;

import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.Problem;
import eu.convivio.platform.api.Role;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Session calendars and feeds on embedded PostgreSQL, parsed back with ical4j. */
class TrainingCalendarsTest {

    private final RecordsWorld world = new RecordsWorld("IN_PERSON");

    private TrainingCalendars calendars(EntityManager em, CurrentUser user) {
        return new TrainingCalendars(em, user, RecordsWorld.access(user), world.facts(em), RecordsWorld.staffDirectory(), Clock.systemUTC());
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    @Test
    void anOpenSessionsCalendarIsPublicWithOneEventPerDayInTheHostsTime() throws Exception {
        String ics = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null)).session(world.session, "https://convivio.example"));
        List<VEvent> events = events(ics);
        assertThat(events).hasSize(2);
        Temporal start = events.get(0).getDateTimeStart().getDate();
        // 09:00 in Bratislava in July (CEST, UTC+2) is 07:00 UTC
        assertThat(Instant.from(start)).isEqualTo(Instant.parse("2026-07-14T07:00:00Z"));
        assertThat(start).isInstanceOf(ZonedDateTime.class);
        assertThat(ics).contains("DTSTART;TZID=Europe/Bratislava:20260714T090000")
                .contains("DTEND;TZID=Europe/Bratislava:20260715T133000")
                .contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Bratislava").doesNotContain("TZID:Europe/Prague");
        assertThat(ics.split("DTSTAMP", -1)).hasSize(3);
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("Working with interpreters (2/2)");
        assertThat(events.get(0).getLocation().getValue()).isEqualTo("City hall, room 2");
    }

    @Test
    void aSessionNotOpenIsOnlyForTheHostAndThoseInvolved() {
        RecordsWorld.sql("UPDATE training.course_session SET status = 'SCHEDULED' WHERE id = ?", world.session);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null)).session(world.session, "")))
                .isInstanceOf(Problem.NotFound.class);
        String forTrainer = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER))
                .session(world.session, ""));
        assertThat(forTrainer).contains("BEGIN:VEVENT");
    }

    @Test
    void aLearnersFeedIsReachedWithTheirSecretTokenUntilItIsRenewed() throws Exception {
        UUID learner = world.account("Feed Reader", "en", null);
        world.enrol(learner, false);
        CurrentUser me = RecordsWorld.user(learner, world.municipality, Role.LEARNER);
        String token = RecordsWorld.tx(em -> calendars(em, me).renewToken());
        assertThat(RecordsWorld.query("SELECT token_hash FROM training.calendar_feed WHERE account_id = ?", learner).get(0)[0])
                .isNotEqualTo(token);
        String feed = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null))
                .feed(token, TrainingCalendars.Feed.LEARNING, ""));
        assertThat(events(feed)).hasSize(2);
        String teaching = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null))
                .feed(token, TrainingCalendars.Feed.TEACHING, ""));
        assertThat(events(teaching)).isEmpty();

        String renewed = RecordsWorld.tx(em -> calendars(em, me).renewToken());
        assertThat(renewed).isNotEqualTo(token);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null))
                .feed(token, TrainingCalendars.Feed.LEARNING, ""))).isInstanceOf(Problem.NotFound.class);
        assertThatThrownBy(() -> RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null))
                .feed("short", TrainingCalendars.Feed.LEARNING, ""))).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void aFeedNamesCoursesInItsOwnersLanguageAndASessionsCalendarForAnyoneInTheCoursesOwn() throws Exception {
        RecordsWorld.sql("INSERT INTO training.course_translation (course_id, language, title) VALUES (?, 'sk', 'Práca s tlmočníkmi')",
                world.course);
        UUID learner = world.account("Ján Novák", "sk", null);
        world.enrol(learner, false);
        String learnerToken = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(learner, world.municipality, Role.LEARNER)).renewToken());
        String learning = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null))
                .feed(learnerToken, TrainingCalendars.Feed.LEARNING, ""));
        assertThat(events(learning)).extracting(e -> e.getSummary().getValue())
                .containsExactly("Práca s tlmočníkmi (1/2)", "Práca s tlmočníkmi (2/2)");
        assertThat(learning).contains("Moje vzdelávania");

        // the world's trainer reads Slovak too: their teaching feed follows their language
        String trainerToken = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(world.trainer, world.municipality, Role.TRAINER)).renewToken());
        String teaching = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null))
                .feed(trainerToken, TrainingCalendars.Feed.TEACHING, ""));
        assertThat(events(teaching)).extracting(e -> e.getSummary().getValue()).first().isEqualTo("Práca s tlmočníkmi (1/2)");

        String forAnyone = RecordsWorld.tx(em -> calendars(em, RecordsWorld.user(null, null)).session(world.session, ""));
        assertThat(events(forAnyone)).extracting(e -> e.getSummary().getValue()).first().isEqualTo("Working with interpreters (1/2)");
    }
}
