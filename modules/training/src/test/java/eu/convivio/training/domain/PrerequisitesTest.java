package eu.convivio.training.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Prerequisites never go round in a circle, however long the way round. */
class PrerequisitesTest {

    private final UUID basics = UUID.randomUUID();
    private final UUID interpreters = UUID.randomUUID();
    private final UUID advanced = UUID.randomUUID();
    private final UUID law = UUID.randomUUID();

    /** Now: advanced requires interpreters, interpreters requires basics. */
    private final Map<UUID, Set<UUID>> now = Map.of(advanced, Set.of(interpreters), interpreters, Set.of(basics));

    private Set<UUID> of(UUID course) {
        return now.getOrDefault(course, Set.of());
    }

    @Test
    void requiringACourseThatRequiresThisOneThroughOthersClosesACircle() {
        assertThat(Prerequisites.closeACircle(basics, Set.of(advanced), this::of)).isTrue();
        assertThat(Prerequisites.closeACircle(interpreters, Set.of(law, advanced), this::of)).isTrue();
    }

    @Test
    void requiringItselfClosesACircle() {
        assertThat(Prerequisites.closeACircle(basics, Set.of(basics), this::of)).isTrue();
    }

    @Test
    void aChainOrASharedPrerequisiteIsNoCircle() {
        assertThat(Prerequisites.closeACircle(law, Set.of(advanced, basics), this::of)).isFalse();
        assertThat(Prerequisites.closeACircle(advanced, Set.of(interpreters, basics), this::of)).isFalse();
        assertThat(Prerequisites.closeACircle(null, Set.of(advanced), this::of)).isFalse();
    }
}
