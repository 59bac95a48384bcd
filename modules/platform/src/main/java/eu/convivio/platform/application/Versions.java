package eu.convivio.platform.application;

import eu.convivio.platform.api.Problem;

/** Optimistic locking for edits that carry the version the editor saw. */
final class Versions {

    private Versions() {
    }

    static void expect(long actual, long expected, String what) {
        if (actual != expected) {
            throw new Problem.Conflict("This " + what + " was changed by someone else since you opened it (version "
                    + expected + ", now " + actual + "). Reload it and apply your change again.");
        }
    }
}
