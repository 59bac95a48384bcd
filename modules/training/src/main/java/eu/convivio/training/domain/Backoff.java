package eu.convivio.training.domain;

import java.time.Duration;

/**
 * When to try a failed e-mail again: 1, 2, 4, 8 … minutes after the failed attempt, at most six
 * hours apart, and no more after {@link #MAX_ATTEMPTS} attempts (an address that fails for days
 * is wrong, not busy; the notification stays listed on the person's page either way).
 */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 10;
    private static final Duration LONGEST = Duration.ofHours(6);

    private Backoff() {
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public static Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        long minutes = 1L << Math.min(failedAttempts - 1, 20);
        Duration wait = Duration.ofMinutes(minutes);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    public static boolean givesUp(int failedAttempts) {
        return failedAttempts >= MAX_ATTEMPTS;
    }
}
