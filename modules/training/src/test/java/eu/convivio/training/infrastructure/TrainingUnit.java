package eu.convivio.training.infrastructure;

import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Function;

/** The training module's test persistence unit (src/test/resources/META-INF/persistence.xml). */
final class TrainingUnit {

    private TrainingUnit() {
    }

    static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-training-test"), work);
    }

    static void doInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
