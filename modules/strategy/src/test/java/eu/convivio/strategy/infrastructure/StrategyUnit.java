package eu.convivio.strategy.infrastructure;

import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Function;

/** The strategy module's test persistence unit (src/test/resources/META-INF/persistence.xml). */
public final class StrategyUnit {

    private StrategyUnit() {
    }

    public static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-strategy-test"), work);
    }

    public static void doInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
