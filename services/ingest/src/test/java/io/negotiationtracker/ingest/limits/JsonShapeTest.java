package io.negotiationtracker.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsTheFirstListOverTheCapWhereverItIs() throws Exception {
        var node = JSON.readTree("{\"data\":{\"terms\":[{\"goods\":[1,2,3]},{\"goods\":[1,2,3,4]}],\"parties\":[1]}}");
        assertThat(JsonShape.firstListLongerThan(node, 3)).contains("data.terms[1].goods");
        assertThat(JsonShape.firstListLongerThan(node, 4)).isEmpty();
        assertThat(JsonShape.firstListLongerThan(node, 1)).contains("data.terms");
    }

    @Test
    void namesTheLargestPartDownToAListOrAValue() throws Exception {
        var node = JSON.readTree("{\"type\":\"RoundHeld\",\"data\":{\"roundId\":\"r\",\"summary\":\"" + "s".repeat(50)
                + "\",\"participants\":[{\"name\":\"" + "n".repeat(100) + "\"}]}}");
        assertThat(JsonShape.largestPart(node)).isEqualTo("data.participants");
        assertThat(JsonShape.largestPart(JSON.readTree("{\"quote\":\"" + "q".repeat(10) + "\",\"a\":1}")))
                .isEqualTo("quote");
    }

    @Test
    void theSizeBudgetKeepsRoomForTheRecordOverhead() {
        RecordSizeBudget.check(262_144, 1_048_576, 1_048_588);
        assertThatThrownBy(() -> RecordSizeBudget.check(1_048_576 - 100, 1_048_576, 2_000_000))
                .hasMessageContaining("max.request.size");
        assertThatThrownBy(() -> RecordSizeBudget.check(600_000, 2_000_000, 600_000))
                .hasMessageContaining("max.message.bytes");
    }
}
