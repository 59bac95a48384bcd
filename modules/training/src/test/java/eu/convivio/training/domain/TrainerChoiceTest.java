package eu.convivio.training.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may be named a trainer of a course or a session. */
class TrainerChoiceTest {

    private final UUID localTrainer = UUID.randomUUID();
    private final UUID courseTrainer = UUID.randomUUID();
    private final UUID formerTrainer = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    private boolean trainsHere(UUID account) {
        return account.equals(localTrainer);
    }

    @Test
    void aTrainerOfTheMunicipalityMayBeNamed() {
        assertThat(TrainerChoice.allowed(Set.of(localTrainer), Set.of(), Set.of(), this::trainsHere)).isTrue();
    }

    @Test
    void someoneWithoutTheRoleThereIsRefusedEvenBesideAllowedOnes() {
        assertThat(TrainerChoice.allowed(Set.of(stranger), Set.of(), Set.of(), this::trainsHere)).isFalse();
        assertThat(TrainerChoice.allowed(Set.of(localTrainer, stranger), Set.of(), Set.of(courseTrainer), this::trainsHere)).isFalse();
    }

    @Test
    void aSessionMayNameItsCoursesTrainersFromElsewhere() {
        assertThat(TrainerChoice.allowed(Set.of(courseTrainer, localTrainer), Set.of(), Set.of(courseTrainer), this::trainsHere)).isTrue();
    }

    @Test
    void someoneAlreadyNamedKeepsTheirPlaceAfterLeavingTheRole() {
        assertThat(TrainerChoice.allowed(Set.of(formerTrainer, localTrainer), Set.of(formerTrainer), Set.of(), this::trainsHere)).isTrue();
        assertThat(TrainerChoice.allowed(Set.of(), Set.of(formerTrainer), Set.of(), this::trainsHere)).isTrue();
    }
}
