package eu.convivio.platform.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * RESOURCE_LOCAL entity manager factories over {@link TestDatabase}, one per persistence unit and
 * JVM. The platform's unit is {@value #PLATFORM_UNIT} (src/test/resources/META-INF/persistence.xml:
 * the platform entities, the converters and the audit trail, as in the application's unit). Other
 * modules declare their own test unit, listing the platform entities they need too, and ask for it
 * by name; the JDBC settings come from here.
 */
public final class TestPersistence {

    public static final String PLATFORM_UNIT = "convivio-platform-test";

    private static final Map<String, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> FACTORIES.values().forEach(EntityManagerFactory::close), "test-persistence-shutdown"));
    }

    private TestPersistence() {
    }

    public static EntityManagerFactory platform() {
        return unit(PLATFORM_UNIT);
    }

    public static EntityManagerFactory unit(String name) {
        return FACTORIES.computeIfAbsent(name, n -> Persistence.createEntityManagerFactory(n, Map.of(
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", TestDatabase.jdbcUrl(),
                "jakarta.persistence.jdbc.user", TestDatabase.user(),
                "jakarta.persistence.jdbc.password", TestDatabase.password())));
    }

    /** Runs the work in one transaction of the platform unit and commits it; rolls back if it throws. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(platform(), work);
    }

    public static void doInTransaction(Consumer<EntityManager> work) {
        inTransaction(platform(), em -> {
            work.accept(em);
            return null;
        });
    }

    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
