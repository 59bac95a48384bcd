package eu.convivio.training.domain;

import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may be named a trainer: someone already named keeps their place (so that an old course or
 * session can still be changed after a trainer left the role), someone the rule allows by
 * position (a session may name its course's trainers), and otherwise only an active account with
 * the trainer role in the municipality that owns the course or hosts the session.
 */
public final class TrainerChoice {

    private TrainerChoice() {
    }

    /**
     * Whether every chosen account may be named.
     *
     * @param chosen        the accounts named now
     * @param alreadyNamed  those named before this change
     * @param allowedAnyway those the rule admits without the role (a session: its course's trainers)
     * @param trainsThere   whether an account is active and holds the trainer role in the municipality
     */
    public static boolean allowed(Set<UUID> chosen, Set<UUID> alreadyNamed, Set<UUID> allowedAnyway, Predicate<UUID> trainsThere) {
        return chosen.stream()
                .filter(t -> !alreadyNamed.contains(t) && !allowedAnyway.contains(t))
                .allMatch(trainsThere);
    }
}
