package eu.convivio.catalogue.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Values computed once and reused for a while, by key, with at most one computation per key at a
 * time: when many searches need the same expensive count at once (the moment it expires, or after
 * the catalogue changed) one of them computes it and the others wait for that result instead of
 * each scanning the same rows.
 * <p>
 * When a kept value expires, the caller who comes first has it computed again, and everyone asking
 * for the same key meanwhile gets the expired value at once instead of waiting. With a
 * {@code refresher} (an executor) the computation runs there and that first caller gets the expired
 * value too, so an expiry costs no search its time; without one the first caller computes it and
 * waits. (Keys carry whatever makes a value right, such as the catalogue's generation, so the
 * expired value is one time limit and one computation old, never another key's.)
 * <p>
 * What the computing caller decides not to keep is not kept (its waiters still get it), except a
 * value that replaces a kept one: that one was asked for again. A full store first drops what has
 * expired, and everything if that is not enough.
 */
final class KeptAnswers<K, V> {

    /** A value (perhaps still being computed) and, while it is, the one it replaces. */
    private record Kept<V>(CompletableFuture<V> value, Instant until, V previous) {

        /** The value to hand out now without waiting, if there is one. */
        V ready() {
            if (value.isDone() && !value.isCompletedExceptionally()) {
                return value.join();
            }
            return value.isDone() ? null : previous;
        }
    }

    private static final Logger LOG = Logger.getLogger(KeptAnswers.class.getName());

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final int max;
    private final Executor refresher;

    /** Expired values are computed again by the first caller asking for them. */
    KeptAnswers(int max) {
        this(max, null);
    }

    /** Expired values are computed again on {@code refresher} (when it takes the task). */
    KeptAnswers(int max, Executor refresher) {
        this.max = max;
        this.refresher = refresher;
    }

    /**
     * The value kept for {@code key}, or the one being computed for it, or a new one from
     * {@code compute}, kept until {@code now + ttl} when {@code keep} accepts it.
     */
    V get(K key, Instant now, Duration ttl, Supplier<V> compute, Predicate<V> keep) {
        Kept<V> found = kept.get(key);
        if (found != null && found.until().isAfter(now)) {
            V ready = found.ready();
            return ready != null ? ready : await(found.value());
        }
        if (kept.size() >= max) {
            kept.entrySet().removeIf(e -> !e.getValue().until().isAfter(now));
            if (kept.size() >= max) {
                kept.clear();
            }
        }
        CompletableFuture<V> computing = new CompletableFuture<>();
        Kept<V> current = kept.compute(key, (k, old) -> old != null && old.until().isAfter(now) ? old
                : new Kept<>(computing, now.plus(ttl), old == null ? null : old.ready()));
        if (current.value() != computing) {
            V ready = current.ready();
            return ready != null ? ready : await(current.value());
        }
        Kept<V> mine = current;
        if (mine.previous() != null && refresher != null) {
            try {
                refresher.execute(() -> {
                    try {
                        settle(key, mine, compute, keep);
                    } catch (RuntimeException | Error e) {
                        LOG.log(Level.WARNING, "A kept value could not be computed again; the next caller tries", e);
                    }
                });
                return mine.previous();
            } catch (RejectedExecutionException busy) {
                // computed here instead
            }
        }
        return settle(key, mine, compute, keep);
    }

    private V settle(K key, Kept<V> mine, Supplier<V> compute, Predicate<V> keep) {
        try {
            V value = compute.get();
            mine.value().complete(value);
            if (mine.previous() != null) {
                kept.replace(key, mine, new Kept<>(mine.value(), mine.until(), null)); // kept; let the old value go
            } else if (!keep.test(value)) {
                kept.remove(key, mine);
            }
            return value;
        } catch (RuntimeException | Error e) {
            mine.value().completeExceptionally(e);
            kept.remove(key, mine);
            throw e;
        }
    }

    int size() {
        return kept.size();
    }

    private static <V> V await(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
