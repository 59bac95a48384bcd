package eu.convivio.strategy.application;

import eu.convivio.platform.api.Directory;
import eu.convivio.platform.api.MunicipalitySummary;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/** Today in a municipality's own time zone: consultation windows and report dates are the municipality's days. */
final class Days {

    private Days() {
    }

    static LocalDate today(Clock clock, Directory directory, UUID municipalityId) {
        ZoneId zone = ZoneOffset.UTC;
        if (directory != null) {
            try {
                zone = directory.municipality(municipalityId).map(MunicipalitySummary::timeZone)
                        .filter(z -> z != null && !z.isBlank()).map(ZoneId::of).orElse(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                zone = ZoneOffset.UTC;
            }
        }
        return LocalDate.now(clock.withZone(zone));
    }
}
