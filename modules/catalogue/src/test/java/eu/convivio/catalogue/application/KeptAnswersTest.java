package eu.convivio.catalogue.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptAnswersTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(30);

    private final KeptAnswers<String, Integer> kept = new KeptAnswers<>(3);
    private final AtomicInteger computed = new AtomicInteger();

    private Integer count(String key, Instant now) {
        return kept.get(key, now, TTL, computed::incrementAndGet, value -> true);
    }

    @Test
    void aValueIsComputedOnceAndReusedUntilItExpires() {
        assertThat(count("legal aid", NOW)).isEqualTo(1);
        assertThat(count("legal aid", NOW.plusSeconds(29))).isEqualTo(1);
        assertThat(count("legal aid", NOW.plusSeconds(30))).as("expired").isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void whatTheComputingCallerDoesNotWantKeptIsComputedAgain() {
        assertThat(kept.get("small", NOW, TTL, computed::incrementAndGet, value -> false)).isEqualTo(1);
        assertThat(kept.get("small", NOW, TTL, computed::incrementAndGet, value -> false)).isEqualTo(2);
        assertThat(kept.size()).isZero();
    }

    @Test
    void aFullStoreDropsTheExpiredAndThenEverything() {
        count("a", NOW);
        count("b", NOW);
        count("c", NOW.plusSeconds(20));
        count("d", NOW.plusSeconds(40)); // a and b have expired and go
        assertThat(kept.size()).isEqualTo(2);
        count("e", NOW.plusSeconds(41));
        count("f", NOW.plusSeconds(42)); // full of live values: all go
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void aFailureIsThrownToEveryoneWaitingAndNotKept() {
        assertThatThrownBy(() -> kept.get("broken", NOW, TTL, () -> {
            throw new IllegalStateException("the database is gone");
        }, value -> true)).isInstanceOf(IllegalStateException.class);
        assertThat(count("broken", NOW)).isEqualTo(1);
    }

    @Test
    void searchesAskingForTheSameValueAtOnceWaitForOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> kept.get("facet", NOW, TTL, () -> {
                started.countDown();
                await(release);
                return computed.incrementAndGet();
            }, value -> true)));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> count("facet", NOW)));
            }
            Thread.sleep(100); // the seven are waiting on the first computation by now (or come after it)
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileAnExpiredValueIsComputedAgainOthersGetTheExpiredOneAtOnce() throws Exception {
        assertThat(count("facet", NOW)).isEqualTo(1);
        Instant later = NOW.plusSeconds(31);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> recounting = pool.submit(() -> kept.get("facet", later, TTL, () -> {
                started.countDown();
                await(release);
                return computed.incrementAndGet();
            }, value -> true));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Integer> meanwhile = pool.submit(() -> count("facet", later));
            assertThat(meanwhile.get(5, TimeUnit.SECONDS)).as("not waiting for the recount").isEqualTo(1);
            assertThat(recounting.isDone()).isFalse();
            release.countDown();
            assertThat(recounting.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(count("facet", later)).isEqualTo(2);
            assertThat(computed).hasValue(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRecomputationIsThrownToItsCallerAndTheNextCallerComputesAgain() {
        assertThat(count("facet", NOW)).isEqualTo(1);
        Instant later = NOW.plusSeconds(31);
        assertThatThrownBy(() -> kept.get("facet", later, TTL, () -> {
            throw new IllegalStateException("the database is gone");
        }, value -> true)).isInstanceOf(IllegalStateException.class);
        assertThat(count("facet", later)).isEqualTo(2);
    }

    @Test
    void withARefresherEvenTheCallerWhoFindsAValueExpiredGetsItAndTheRecountRunsThere() {
        List<Runnable> tasks = new ArrayList<>();
        KeptAnswers<String, Integer> refreshed = new KeptAnswers<>(3, tasks::add);
        assertThat(refreshed.get("facet", NOW, TTL, computed::incrementAndGet, value -> true)).isEqualTo(1);
        assertThat(tasks).as("nothing to recount yet: the first value is computed by its caller").isEmpty();

        Instant later = NOW.plusSeconds(31);
        assertThat(refreshed.get("facet", later, TTL, computed::incrementAndGet, value -> true))
                .as("the caller who found it expired").isEqualTo(1);
        assertThat(refreshed.get("facet", later, TTL, computed::incrementAndGet, value -> true))
                .as("a caller while it is recounted").isEqualTo(1);
        assertThat(tasks).hasSize(1);
        assertThat(computed).hasValue(1);

        tasks.get(0).run();
        assertThat(refreshed.get("facet", later, TTL, computed::incrementAndGet, value -> true)).isEqualTo(2);
        assertThat(computed).hasValue(2);
        assertThat(tasks).hasSize(1);
    }

    @Test
    void aRecountThatFailsInTheBackgroundIsDroppedAndTheNextCallerComputesAgain() {
        List<Runnable> tasks = new ArrayList<>();
        KeptAnswers<String, Integer> refreshed = new KeptAnswers<>(3, tasks::add);
        refreshed.get("facet", NOW, TTL, computed::incrementAndGet, value -> true);
        Instant later = NOW.plusSeconds(31);
        assertThat(refreshed.get("facet", later, TTL, () -> {
            throw new IllegalStateException("the database is gone");
        }, value -> true)).isEqualTo(1);

        tasks.get(0).run(); // logged, not thrown: nobody waits for it
        assertThat(refreshed.size()).isZero();
        assertThat(refreshed.get("facet", later, TTL, computed::incrementAndGet, value -> true)).isEqualTo(2);
    }

    @Test
    void whenTheRefresherRefusesTheCallerWhoFoundItExpiredCountsAgain() {
        KeptAnswers<String, Integer> refreshed = new KeptAnswers<>(3, task -> {
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
        });
        refreshed.get("facet", NOW, TTL, computed::incrementAndGet, value -> true);
        assertThat(refreshed.get("facet", NOW.plusSeconds(31), TTL, computed::incrementAndGet, value -> true)).isEqualTo(2);
    }

    @Test
    void aValueThatReplacesAKeptOneIsKeptEvenWhenItWouldNotBeOnItsOwn() {
        assertThat(count("facet", NOW)).isEqualTo(1);
        Instant later = NOW.plusSeconds(31);
        assertThat(kept.get("facet", later, TTL, computed::incrementAndGet, value -> false))
                .as("asked for again after it expired").isEqualTo(2);
        assertThat(kept.get("facet", later, TTL, computed::incrementAndGet, value -> false)).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
