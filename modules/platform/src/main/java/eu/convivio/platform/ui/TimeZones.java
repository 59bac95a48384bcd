package eu.convivio.platform.ui;

import java.time.ZoneId;
import java.util.List;

/** Region-based time zone ids, offered as suggestions where an administrator types one. */
final class TimeZones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.startsWith("Europe/") || z.startsWith("Asia/") || z.startsWith("Africa/")
                    || z.startsWith("America/") || z.startsWith("Australia/") || z.startsWith("Pacific/")
                    || z.startsWith("Atlantic/") || z.startsWith("Indian/") || z.equals("UTC"))
            .sorted().toList();

    private TimeZones() {
    }
}
