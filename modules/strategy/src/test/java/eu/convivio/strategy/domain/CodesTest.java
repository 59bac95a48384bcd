package eu.convivio.strategy.domain;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Sample(MeasureStatus status, FundingSource fundingSource, CommentAnswer answer) {
    }

    @Test
    void choicesAreWrittenInLowerSnakeCase() throws Exception {
        String written = JSON.writeValueAsString(new Sample(MeasureStatus.IN_PROGRESS, FundingSource.ESF_PLUS, CommentAnswer.PARTLY_ACCEPTED));
        assertThat(written).isEqualTo("{\"status\":\"in_progress\",\"fundingSource\":\"esf_plus\",\"answer\":\"partly_accepted\"}");
        assertThat(JSON.writeValueAsString(WordDiff.Change.ADDED)).isEqualTo("\"added\"");
        assertThat(JSON.writeValueAsString(VersionComparison.Kind.UNCHANGED)).isEqualTo("\"unchanged\"");
    }

    @Test
    void choicesAreReadInLowerCaseAndInTheEarlierUpperCase() throws Exception {
        Sample lower = JSON.readValue("{\"status\":\"in_progress\",\"fundingSource\":\"erasmus_plus\",\"answer\":\"rejected\"}", Sample.class);
        Sample upper = JSON.readValue("{\"status\":\"IN_PROGRESS\",\"fundingSource\":\"ERASMUS_PLUS\",\"answer\":\"REJECTED\"}", Sample.class);
        assertThat(lower).isEqualTo(upper).isEqualTo(new Sample(MeasureStatus.IN_PROGRESS, FundingSource.ERASMUS_PLUS, CommentAnswer.REJECTED));
        assertThat(LinkKind.of("need")).isEqualTo(LinkKind.NEED);
        assertThat(StrategyStatus.of("revised-draft")).isEqualTo(StrategyStatus.REVISED_DRAFT);
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> JSON.readValue("{\"status\":\"finished\"}", Sample.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("status"));
        assertThatThrownBy(() -> MeasureStatus.of(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planned, in_progress, done, delayed, dropped");
    }

    @Test
    void theOpenApiDescriptionListsTheSameCodesTheApiWrites() {
        List<Class<? extends Enum<?>>> choices = List.of(CommentAnswer.class, CommentTarget.class, FundingSource.class,
                VersionKind.class, StrategyStatus.class, LinkKind.class, MeasureStatus.class, FlagReason.class,
                WordDiff.Change.class, VersionComparison.Kind.class);
        for (Class<? extends Enum<?>> type : choices) {
            Schema schema = type.getAnnotation(Schema.class);
            assertThat(schema).as(type.getSimpleName()).isNotNull();
            assertThat(schema.enumeration()).as(type.getSimpleName())
                    .containsExactly(Arrays.stream(type.getEnumConstants()).map(Codes::code).toArray(String[]::new));
        }
    }
}
