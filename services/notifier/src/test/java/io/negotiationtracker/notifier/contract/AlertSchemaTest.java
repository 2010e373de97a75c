package io.negotiationtracker.notifier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.notifier.alerts.AlertView;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alert's JSON Schema in the AsyncAPI contract (shared/events contracts/schemas/alert.schema.json, the payload of
 * negotiation.alerts.v1) names exactly the members of {@link AlertView}, with their JSON types.
 */
class AlertSchemaTest {
    @Test
    void theAlertSchemaHasEveryMemberOfTheAlertAndNoOther() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/schemas/alert.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        Map<String, String> documented = new LinkedHashMap<>();
        schema.path("properties")
                .properties()
                .forEach(p ->
                        documented.put(p.getKey(), p.getValue().path("type").asText()));
        Map<String, String> written = new LinkedHashMap<>();
        for (RecordComponent c : AlertView.class.getRecordComponents()) written.put(c.getName(), jsonType(c.getType()));
        assertThat(documented).isEqualTo(written);
    }

    private static String jsonType(Class<?> type) {
        if (type == long.class || type == int.class || type == Integer.class || type == Long.class) return "integer";
        if (type == boolean.class || type == Boolean.class) return "boolean";
        if (type == String.class) return "string";
        throw new AssertionError("no JSON type for " + type);
    }
}
