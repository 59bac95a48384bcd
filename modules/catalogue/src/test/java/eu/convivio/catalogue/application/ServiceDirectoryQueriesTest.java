package eu.convivio.catalogue.application;

import eu.convivio.catalogue.api.ServiceSummary;
import eu.convivio.catalogue.domain.Organization;
import eu.convivio.catalogue.domain.Service;
import eu.convivio.catalogue.domain.Translation;
import eu.convivio.platform.testing.TestDatabase;
import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Services as other modules find them: by id and by words of their name, in the reader's language. */
class ServiceDirectoryQueriesTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID COUNSEL = UUID.randomUUID();
    private static final UUID CLOSED = UUID.randomUUID();
    private static final String WORD = TestDatabase.unique("zorbadirectory");

    @BeforeAll
    static void services() {
        in(em -> {
            em.persist(new Organization(ORG, "Directory test NGO " + ORG, "Counsels newcomers"));
            em.persist(new Service(COUNSEL, ORG, "Právna poradňa " + WORD, "sk", "active"));
            em.persist(new Service(CLOSED, ORG, "Closed legal desk " + WORD, "en", "defunct"));
            em.flush();
            em.persist(new Translation(UUID.randomUUID(), "service", COUNSEL, "name", "en", "Legal advice " + WORD, true));
            return null;
        });
    }

    private static <T> T in(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"), work);
    }

    private static List<ServiceSummary> ask(Function<ServiceDirectoryQueries, List<ServiceSummary>> question) {
        return in(em -> question.apply(new ServiceDirectoryQueries(em)));
    }

    @Test
    void servicesByIdCarryTheTranslatedNameTheOrganisationAndTheStatus() {
        List<ServiceSummary> found = ask(d -> d.services(List.of(COUNSEL, CLOSED, UUID.randomUUID()), "en"));

        assertThat(found).extracting(ServiceSummary::id).containsExactlyInAnyOrder(COUNSEL, CLOSED);
        ServiceSummary counsel = found.stream().filter(s -> s.id().equals(COUNSEL)).findFirst().orElseThrow();
        assertThat(counsel.name()).isEqualTo("Legal advice " + WORD);
        assertThat(counsel.organizationName()).isEqualTo("Directory test NGO " + ORG);
        assertThat(counsel.withdrawn()).isFalse();
        assertThat(found.stream().filter(s -> s.id().equals(CLOSED)).findFirst().orElseThrow().withdrawn()).isTrue();
        // in the language it is written in, the name stays as written
        assertThat(ask(d -> d.services(List.of(COUNSEL), "sk")))
                .extracting(ServiceSummary::name).containsExactly("Právna poradňa " + WORD);
        assertThat(ask(d -> d.services(List.of(), "en"))).isEmpty();
    }

    @Test
    void searchMatchesEveryWordIgnoringCaseAndAccentsActiveFirst() {
        ServiceDirectoryQueries directory = new ServiceDirectoryQueries(null);
        assertThat(ask(d -> d.search("PRAVNA " + WORD, "sk", 10)))
                .extracting(ServiceSummary::id).containsExactly(COUNSEL);
        assertThat(ask(d -> d.search("legal " + WORD, "en", 10)))
                .extracting(ServiceSummary::id).containsExactly(COUNSEL, CLOSED);
        assertThat(ask(d -> d.search("legal " + WORD, "en", 1))).hasSize(1);
        assertThat(directory.search("   ", "en", 10)).isEmpty();
        assertThat(ask(d -> d.searchIn(UUID.randomUUID(), "legal " + WORD, "en", 10))).isEmpty();
    }
}
