package eu.convivio.needs.domain;

import eu.convivio.needs.api.PopulationGroup;
import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeedTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static NeedsAssessment round() {
        return new NeedsAssessment(UUID.randomUUID(), UUID.randomUUID(), new AssessmentContent("Survey 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), AssessmentMethod.SURVEY, Set.of(), Set.of(), 40,
                "City", null, AssessmentStatus.COMPLETED, List.of(), null));
    }

    private static NeedContent content(Integer severity, Integer affected, Integer inNeed) {
        return new NeedContent("housing", null, PopulationGroup.REFUGEES, "Refugee families lack affordable flats.",
                severity, affected, inNeed, null, null, List.of("uk", "ar"), null);
    }

    private static Need need() {
        return new Need(UUID.randomUUID(), round(), content(3, 100, 40));
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (Problem.Invalid invalid) {
            return invalid.errors().stream().map(Problem.FieldError::field).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void severityRunsFromOneToFive() {
        assertThat(fields(() -> new Need(UUID.randomUUID(), round(), content(0, null, null)))).containsExactly("severity");
        assertThat(fields(() -> new Need(UUID.randomUUID(), round(), content(6, null, null)))).containsExactly("severity");
        assertThat(fields(() -> new Need(UUID.randomUUID(), round(), content(null, null, null)))).containsExactly("severity");
        assertThat(new Need(UUID.randomUUID(), round(), content(1, null, null)).getSeverity()).isEqualTo(1);
        assertThat(new Need(UUID.randomUUID(), round(), content(5, null, null)).getSeverity()).isEqualTo(5);
    }

    @Test
    void peopleInNeedCannotExceedPeopleAffected() {
        assertThat(fields(() -> new Need(UUID.randomUUID(), round(), content(3, 10, 11)))).containsExactly("peopleInNeed");
        assertThat(fields(() -> new Need(UUID.randomUUID(), round(), content(3, -1, null)))).containsExactly("peopleAffected");
        assertThat(new Need(UUID.randomUUID(), round(), content(3, 10, 10)).getPeopleInNeed()).isEqualTo(10);
        // one estimate without the other is allowed
        assertThat(new Need(UUID.randomUUID(), round(), content(3, null, 10)).getPeopleInNeed()).isEqualTo(10);
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        NeedContent bad = new NeedContent(" ", null, null, "", 9, 5, 6, null, null, List.of("Ukrainian"), null);
        assertThat(bad.problems()).extracting(Problem.FieldError::field)
                .containsExactly("theme", "populationGroup", "description", "severity", "peopleInNeed", "languages");
    }

    @Test
    void aNeedTakesItsAssessmentsMunicipalityAndStartsIdentified() {
        NeedsAssessment round = round();
        Need n = new Need(UUID.randomUUID(), round, content(3, null, null));
        assertThat(n.getMunicipalityId()).isEqualTo(round.getMunicipalityId());
        assertThat(n.getStatus()).isEqualTo(NeedStatus.IDENTIFIED);
        assertThat(n.getLanguages()).containsExactly("uk", "ar");
    }

    @Test
    void validatingRecordsWhoAndWhenOnce() {
        Need n = need();
        n.validate("trnava.officer", NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.VALIDATED);
        assertThat(n.getValidatedBy()).isEqualTo("trnava.officer");
        assertThat(n.getValidatedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> n.validate("someone.else", NOW)).isInstanceOf(Problem.Conflict.class);
        assertThat(n.getValidatedBy()).isEqualTo("trnava.officer");
    }

    @Test
    void statusMovesAlongTheWorkflowOnly() {
        Need n = need();
        assertThatThrownBy(() -> n.moveTo(NeedStatus.ADDRESSED, "o", NOW)).isInstanceOf(Problem.Invalid.class);
        assertThat(n.moveTo(NeedStatus.VALIDATED, "o", NOW)).isFalse();
        assertThat(n.getValidatedBy()).isEqualTo("o");
        assertThat(n.moveTo(NeedStatus.ADDRESSED, "o", NOW)).isFalse();
        assertThat(n.moveTo(NeedStatus.CLOSED, "o", NOW)).as("closing is news").isTrue();
        assertThat(n.moveTo(NeedStatus.CLOSED, "o", NOW)).as("already closed").isFalse();
        assertThatThrownBy(() -> n.moveTo(NeedStatus.VALIDATED, "o", NOW)).isInstanceOf(Problem.Invalid.class);
        n.moveTo(NeedStatus.IDENTIFIED, "o", NOW);
        assertThat(n.getValidatedBy()).as("a reopened need is validated again").isNull();
    }

    @Test
    void anIdentifiedNeedThatIsNoNeedCanBeClosed() {
        Need n = need();
        assertThat(n.moveTo(NeedStatus.CLOSED, "o", NOW)).isTrue();
        assertThat(n.getValidatedAt()).isNull();
    }

    @Test
    void editsOnAnOldVersionAreRefused() {
        Need n = need();
        assertThatThrownBy(() -> n.expectVersion(3)).isInstanceOf(Problem.Conflict.class);
        n.expectVersion(0);
    }

    @Test
    void anAssessmentPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new NeedsAssessment(UUID.randomUUID(), UUID.randomUUID(), new AssessmentContent("x",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), AssessmentMethod.SURVEY, Set.of(), Set.of(), null,
                "City", null, AssessmentStatus.PLANNED, List.of(), null)))
                .isInstanceOfSatisfying(Problem.Invalid.class, e -> assertThat(e.byField()).containsKey("periodEnd"));
    }

    @Test
    void publishingTwiceOrWithdrawingUnpublishedIsAMistake() {
        NeedsAssessment a = round();
        assertThatThrownBy(a::withdraw).isInstanceOf(Problem.Conflict.class);
        a.publish(NOW);
        assertThat(a.getPublishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> a.publish(NOW)).isInstanceOf(Problem.Conflict.class);
        a.withdraw();
        assertThat(a.isPublished()).isFalse();
        assertThat(a.getPublishedAt()).isNull();
    }
}
