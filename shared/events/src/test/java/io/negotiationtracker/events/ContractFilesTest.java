package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract files under src/main/resources/contracts (the AsyncAPI document and the JSON Schemas, served by ingest
 * at /contracts/) are generated from the event records: this test writes them, and fails when what was committed
 * differed, so the documents cannot drift from the code. After a change to the events: run it, then commit the files.
 */
class ContractFilesTest {
    static final Path DIR = Path.of("src/main/resources/contracts");

    @Test
    void theCommittedContractFilesAreTheGeneratedOnes() throws Exception {
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<String, String> file : EventSchemas.files().entrySet()) {
            Path path = DIR.resolve(file.getKey());
            String now = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
            if (!file.getValue().equals(now)) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                rewritten.add(file.getKey());
            }
        }
        assertThat(rewritten)
                .as("these contract files differed from the code and were regenerated under " + DIR.toAbsolutePath()
                        + ": review and commit them")
                .isEmpty();
    }

    @Test
    void theAsyncApiDocumentDescribesBothTopicsAndEveryType() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(AsyncApiDocument.yaml());
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("channels").path("events").path("address").asText()).isEqualTo("negotiation.events.v1");
        assertThat(doc.path("channels").path("alerts").path("address").asText()).isEqualTo("negotiation.alerts.v1");
        for (String type : EventTypes.ALL) {
            JsonNode message = doc.path("components").path("messages").path(type);
            assertThat(message.path("payload")
                            .path("schema")
                            .path("allOf")
                            .get(1)
                            .path("properties")
                            .path("type")
                            .path("const")
                            .asText())
                    .isEqualTo(type);
            assertThat(doc.path("channels")
                            .path("events")
                            .path("messages")
                            .path(type)
                            .path("$ref")
                            .asText())
                    .isEqualTo("#/components/messages/" + type);
        }
        // Every reference resolves: local ones in the document, ./schemas/ ones to a file beside it.
        List<String> refs = new ArrayList<>();
        doc.findValues("$ref").forEach(r -> refs.add(r.asText()));
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#"))
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            else assertThat(DIR.resolve(ref)).as(ref).exists();
        }
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("EventHeaders")
                        .path("required")
                        .toString())
                .contains("ce_id", "ce_type", "ce_position");
    }
}
