package eu.convivio.training.infrastructure;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCalendarTest {

    private static List<VEvent> parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    private static SessionCalendar.Entry entry(String zone, boolean cancelled, LocalDate... days) {
        return new SessionCalendar.Entry(UUID.randomUUID(), "Asylum and residence law basics", "Bring your questions.",
                "Δημαρχείο, αίθουσα 3", zone, cancelled,
                List.of(days).stream().map(d -> new SessionCalendar.Day(d, LocalTime.of(9, 30), LocalTime.of(15, 0))).toList(),
                URI.create("https://convivio.example/training/session.xhtml?id=x"));
    }

    @Test
    void eachDayIsAnEventAtTheHostsLocalTimeAcrossTimeZonesAndSummerTime() throws Exception {
        String ics = SessionCalendar.write("Sessions", List.of(
                entry("Europe/Athens", false, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30)),
                entry("Europe/London", false, LocalDate.of(2026, 12, 1))), Instant.parse("2026-01-01T00:00:00Z"));
        List<VEvent> events = parse(ics);
        assertThat(events).hasSize(3);
        // Athens: 09:30 EET (UTC+2) on 28 March, EEST (UTC+3) on 30 March after the clocks changed
        assertThat(Instant.from(events.get(0).getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-03-28T07:30:00Z"));
        assertThat(Instant.from(events.get(1).getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));
        assertThat(Instant.from(events.get(2).getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(ics).contains("TZID:Europe/Athens").contains("TZID:Europe/London");
        assertThat(events.get(0).getLocation().getValue()).isEqualTo("Δημαρχείο, αίθουσα 3");
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Asylum and residence law basics (1/2)");
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isNotEqualTo(events.get(1).getUid().orElseThrow().getValue());
        assertThat(events.get(0).getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancelledSessionStaysInTheFeedAsCancelled() throws Exception {
        List<VEvent> events = parse(SessionCalendar.write("x", List.of(entry("Europe/Sofia", true, LocalDate.of(2026, 5, 5))),
                Instant.now()));
        assertThat(events.get(0).getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void anEmptyFeedIsAValidCalendar() throws Exception {
        String ics = SessionCalendar.write("Nothing yet", List.of(), Instant.now());
        assertThat(parse(ics)).isEmpty();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("PRODID:" + SessionCalendar.PRODUCT);
    }
}
