package eu.convivio.training.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rule that prerequisites never go round in a circle: a course cannot require, directly or
 * through other courses, a course that requires it, or no learner could ever start either.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * Whether giving {@code course} the prerequisites {@code chosen} closes a circle.
     *
     * @param prerequisitesOf the prerequisites each other course has now
     */
    public static boolean closeACircle(UUID course, Set<UUID> chosen, Function<UUID, Set<UUID>> prerequisitesOf) {
        if (course == null) {
            return false;
        }
        Deque<UUID> open = new ArrayDeque<>(chosen);
        Set<UUID> seen = new HashSet<>();
        while (!open.isEmpty()) {
            UUID next = open.pop();
            if (next.equals(course)) {
                return true;
            }
            if (seen.add(next)) {
                open.addAll(prerequisitesOf.apply(next));
            }
        }
        return false;
    }
}
