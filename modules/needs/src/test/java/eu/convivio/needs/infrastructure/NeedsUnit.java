package eu.convivio.needs.infrastructure;

import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Function;

/** The needs module's test persistence unit (src/test/resources/META-INF/persistence.xml). */
final class NeedsUnit {

    private NeedsUnit() {
    }

    static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-needs-test"), work);
    }

    static void doInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
