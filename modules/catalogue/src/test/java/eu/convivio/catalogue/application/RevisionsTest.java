package eu.convivio.catalogue.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionsTest {

    private static JsonNode json(String text) throws Exception {
        return Revisions.JSON.readTree(text);
    }

    @Test
    void listsEachChangedFieldWithTheValueSeenAndTheValueNow() throws Exception {
        var changes = Revisions.changes(
                json("{\"version\":1,\"name\":\"Legal aid\",\"email\":null,\"themes\":[\"housing\"],\"fee\":2.5}"),
                json("{\"version\":4,\"name\":\"Legal counselling\",\"email\":\"a@b.eu\",\"themes\":[\"housing\"],\"fee\":2.50}"));

        assertThat(changes).extracting(StaleRecord.Change::field).containsExactly("name", "email");
        assertThat(changes.get(0).yours().asText()).isEqualTo("Legal aid");
        assertThat(changes.get(0).now().asText()).isEqualTo("Legal counselling");
        assertThat(changes.get(1).yours().isNull()).isTrue();
    }

    @Test
    void bookkeepingMembersAreNotChanges() throws Exception {
        assertThat(Revisions.changes(json("{\"version\":1,\"last_modified\":\"x\",\"needs_review\":true}"),
                json("{\"version\":2,\"last_modified\":\"y\",\"needs_review\":false}"))).isEmpty();
    }
}
