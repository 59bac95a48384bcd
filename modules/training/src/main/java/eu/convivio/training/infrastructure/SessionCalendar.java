package eu.convivio.training.infrastructure;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes training sessions as iCalendar (RFC 5545) with ical4j: one VEVENT per session day, in the
 * host municipality's time zone (DTSTART;TZID=Europe/… with the matching VTIMEZONE from ical4j's
 * bundled zone data), so that a calendar in another time zone shows the right hour. A cancelled
 * session stays in the feed as STATUS:CANCELLED, which clients use to remove the entry.
 */
public final class SessionCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    static final String PRODUCT = "-//Convivio//Municipal staff training//EN";

    /** A session as a calendar shows it. */
    public record Entry(UUID sessionId, String title, String description, String place, String timeZone,
                        boolean cancelled, List<Day> days, URI page) {
    }

    public record Day(LocalDate date, LocalTime start, LocalTime end) {
    }

    private SessionCalendar() {
    }

    public static String write(String name, List<Entry> entries, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method("PUBLISH"));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zones = new LinkedHashSet<>();
        for (Entry entry : entries) {
            ZoneId zone = ZoneId.of(entry.timeZone());
            zones.add(zone.getId());
            int n = 0;
            for (Day day : entry.days()) {
                n++;
                VEvent event = new VEvent(ZonedDateTime.of(day.date(), day.start(), zone),
                        ZonedDateTime.of(day.date(), day.end(), zone),
                        entry.days().size() > 1 ? entry.title() + " (" + n + "/" + entry.days().size() + ")" : entry.title());
                // stable per session day, so that a changed session replaces its entries instead of adding new ones
                event.add(new Uid(entry.sessionId() + "-" + day.date() + "@convivio"));
                event.replace(new DtStamp(stamp));
                if (entry.place() != null && !entry.place().isBlank()) {
                    event.add(new Location(entry.place()));
                }
                if (entry.description() != null && !entry.description().isBlank()) {
                    event.add(new Description(entry.description()));
                }
                if (entry.page() != null) {
                    event.add(new Url(entry.page()));
                }
                event.add(entry.cancelled() ? new Status("CANCELLED") : new Status("CONFIRMED"));
                calendar.add(event);
            }
        }
        for (String zone : zones) {
            var tz = ZONES.getTimeZone(zone);
            if (tz == null) {
                throw new IllegalArgumentException("No time-zone definition for " + zone);
            }
            // ical4j stores linked zones under their target (Europe/Bratislava as Europe/Prague); the
            // definition must carry the TZID the events name, or clients cannot resolve it
            VTimeZone definition = tz.getVTimeZone().copy();
            definition.replace(new TzId(zone));
            definition.removeAll("TZURL", "X-LIC-LOCATION");
            calendar.add(definition);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
