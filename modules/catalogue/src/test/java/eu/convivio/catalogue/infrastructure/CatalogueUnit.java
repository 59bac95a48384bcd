package eu.convivio.catalogue.infrastructure;

import eu.convivio.platform.testing.TestPersistence;
import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Function;

/** The catalogue's test persistence unit (src/test/resources/META-INF/persistence.xml). */
final class CatalogueUnit {

    private CatalogueUnit() {
    }

    static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(TestPersistence.unit("convivio-catalogue-test"), work);
    }

    static void doInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
