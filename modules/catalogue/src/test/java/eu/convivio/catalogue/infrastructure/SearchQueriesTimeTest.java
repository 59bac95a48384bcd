package eu.convivio.catalogue.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening times are read as LocalTime.parse reads them, only faster for PostgreSQL's usual forms. */
class SearchQueriesTimeTest {

    @Test
    void readsPostgresqlsTimesAsLocalTimeParseDoes() {
        for (String text : new String[]{"00:00", "09:00", "17:30", "23:59", "08:15:00", "23:59:59", "12:00:00.5", "07:05:09.123456"}) {
            assertThat(SearchQueries.time(text)).as(text).isEqualTo(LocalTime.parse(text));
        }
        assertThat(SearchQueries.time(null)).isNull();
    }

    @Test
    void refusesWhatLocalTimeParseRefuses() {
        for (String text : new String[]{"24:00", "9:00", "09-00", "0a:00", "09:60", "09:00:61", ""}) {
            assertThatThrownBy(() -> SearchQueries.time(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
