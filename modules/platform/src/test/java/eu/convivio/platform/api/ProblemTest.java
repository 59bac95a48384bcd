package eu.convivio.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ProblemTest {

    @Test
    void invalidInputListsEachFieldOnceWithItsFirstMessageInOrder() {
        var invalid = new Problem.Invalid(List.of(
                new Problem.FieldError("name", "Enter a name."),
                new Problem.FieldError("country", "Use two letters."),
                new Problem.FieldError("name", "At most 200 characters.")));

        assertThat(invalid.byField()).containsExactly(entry("name", "Enter a name."), entry("country", "Use two letters."));
        assertThat(invalid.errors()).hasSize(3);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.type()).isEqualTo("invalid-input");
        assertThat(invalid.detail()).isEqualTo("3 fields are invalid");
    }

    @Test
    void aSingleInvalidFieldIsItsOwnDetail() {
        var invalid = new Problem.Invalid("timeZone", "Unknown time zone.");

        assertThat(invalid.detail()).isEqualTo("Unknown time zone.");
        assertThat(invalid.byField()).containsExactly(entry("timeZone", "Unknown time zone."));
    }

    @Test
    void theErrorListCannotBeChangedAfterwards() {
        var errors = new java.util.ArrayList<>(List.of(new Problem.FieldError("a", "x")));
        var invalid = new Problem.Invalid(errors);
        errors.add(new Problem.FieldError("b", "y"));

        assertThat(invalid.errors()).hasSize(1);
    }

    @Test
    void eachProblemCarriesTheStatusItIsAnsweredWith() {
        assertThat(new Problem.NotFound("x").status()).isEqualTo(404);
        assertThat(new Problem.Forbidden("x").status()).isEqualTo(403);
        assertThat(new Problem.Unauthorized("x").status()).isEqualTo(401);
        assertThat(new Problem.Conflict("x").status()).isEqualTo(409);
        var tooMany = new Problem.TooManyRequests("x", 42);
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.retryAfterSeconds()).isEqualTo(42);
    }
}
