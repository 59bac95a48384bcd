package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.Practice;
import eu.convivio.catalogue.domain.PracticeContent;
import eu.convivio.catalogue.infrastructure.PracticeQueries.PracticeFilter;
import eu.convivio.catalogue.infrastructure.PracticeQueries.Reader;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Searching the library: three published practices and one draft that share a word no other test
 * uses, so that other rows in the test database do not disturb the results.
 */
class PracticeQueriesTest {

    private static final String WORD = "lib" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    private static final UUID KOSICE = UUID.randomUUID();
    private static final UUID SOFIA = UUID.randomUUID();
    private static final UUID HOUSING = UUID.randomUUID();
    private static final UUID MENTORS = UUID.randomUUID();
    private static final UUID INTERPRETERS = UUID.randomUUID();
    private static final UUID DRAFT = UUID.randomUUID();

    private static PracticeContent content(String title, String city, String country, List<String> themes, String approach) {
        return new PracticeContent("en", title + " " + WORD, "Summary", "Problem", approach, null, city, country, "AMIF",
                null, null, themes, List.of());
    }

    @BeforeAll
    static void practices() {
        Instant now = Instant.now();
        CatalogueUnit.doInTransaction(em -> {
            Practice housing = new Practice(HOUSING, KOSICE, content("Housing mediation", "Košice", "SK", List.of("housing"), "Landlord register"));
            housing.publish(now);
            Practice mentors = new Practice(MENTORS, KOSICE, content("Job mentors", "Košice", "SK", List.of("employment"), "Mentors from local firms, also on housing"));
            mentors.publish(now);
            Practice interpreters = new Practice(INTERPRETERS, SOFIA, content("Interpreter pool", "Sofia", "BG", List.of("interpretation", "housing"), "Roster of interpreters"));
            interpreters.publish(now);
            em.persist(housing);
            em.persist(mentors);
            em.persist(interpreters);
            em.persist(new Practice(DRAFT, SOFIA, content("Unfinished draft", "Sofia", "BG", List.of("housing"), "Not yet")));
        });
    }

    private List<UUID> search(String text, String theme, String country, Reader reader) {
        return CatalogueUnit.inTransaction(em -> new PracticeQueries(em).search(new PracticeFilter(text, theme, country), reader))
                .stream().map(Practice::getId).filter(Set.of(HOUSING, MENTORS, INTERPRETERS, DRAFT)::contains).toList();
    }

    @Test
    void theThemeFilterFindsPracticesTaggedWithIt() {
        assertThat(search(WORD, "housing", null, Reader.PUBLIC)).containsExactlyInAnyOrder(HOUSING, INTERPRETERS);
        assertThat(search(WORD, "employment", null, Reader.PUBLIC)).containsExactly(MENTORS);
    }

    @Test
    void theCountryFilterKeepsOneCountry() {
        assertThat(search(WORD, null, "SK", Reader.PUBLIC)).containsExactlyInAnyOrder(HOUSING, MENTORS);
    }

    @Test
    void textSearchFoldsAccentsAndRanksTheTitleFirst() {
        assertThat(search(WORD + " kosice", null, null, Reader.PUBLIC)).containsExactlyInAnyOrder(HOUSING, MENTORS);
        // "housing" is in one title and in another practice's approach: the title wins
        assertThat(search(WORD + " housing", null, null, Reader.PUBLIC)).containsExactly(HOUSING, MENTORS);
    }

    @Test
    void draftsAreFoundOnlyByMembersOfTheirMunicipality() {
        assertThat(search(WORD, null, "BG", Reader.PUBLIC)).containsExactly(INTERPRETERS);
        assertThat(search(WORD, null, "BG", new Reader(Set.of(KOSICE), false))).containsExactly(INTERPRETERS);
        assertThat(search(WORD, null, "BG", new Reader(Set.of(SOFIA), false))).containsExactlyInAnyOrder(INTERPRETERS, DRAFT);
        assertThat(search(WORD, null, "BG", new Reader(Set.of(), true))).containsExactlyInAnyOrder(INTERPRETERS, DRAFT);
    }

    @Test
    void themesAndLinksAreStoredAndReadBack() {
        Practice p = CatalogueUnit.inTransaction(em -> em.find(Practice.class, INTERPRETERS));
        assertThat(p.getThemes()).containsExactly("housing", "interpretation");
        assertThat(p.isPublished()).isTrue();
    }

    @Test
    void anUnknownThemeCodeIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> CatalogueUnit.doInTransaction(em -> em.persist(new Practice(UUID.randomUUID(), SOFIA,
                content("Bad theme", "Sofia", "BG", List.of("no-such-theme"), "x")))))
                .isInstanceOf(RollbackException.class);
    }

    @Test
    void twoEditorsSavingTheSameVersionLeaveOneEditAndAConflict() {
        UUID id = UUID.randomUUID();
        CatalogueUnit.doInTransaction(em -> em.persist(new Practice(id, SOFIA, content("Concurrent", "Sofia", "BG", List.of(), "v0"))));
        Practice first = CatalogueUnit.inTransaction(em -> em.find(Practice.class, id));
        Practice second = CatalogueUnit.inTransaction(em -> em.find(Practice.class, id));
        long read = first.getVersion();
        first.write(content("Concurrent, first edit", "Sofia", "BG", List.of(), "v1"));
        CatalogueUnit.doInTransaction(em -> em.merge(first));
        second.write(content("Concurrent, second edit", "Sofia", "BG", List.of(), "v1"));
        assertThatThrownBy(() -> CatalogueUnit.doInTransaction(em -> em.merge(second)))
                .isInstanceOf(OptimisticLockException.class);
        Practice stored = CatalogueUnit.inTransaction(em -> em.find(Practice.class, id));
        assertThat(stored.getTitle()).startsWith("Concurrent, first edit");
        assertThat(stored.getVersion()).isEqualTo(read + 1);
    }
}
