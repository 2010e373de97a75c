package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.events.json.EventCodec;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three corrections on the wire: pinned shapes, a corrected copy bound to its own type, bad input naming the field. */
class CorrectionContractTest {
    private static final EventCodec CODEC = new EventCodec();
    private static final String TARGET = "3f1c2a9e-5b7d-4c1e-9f2a-7d8e6b5c4a3f";

    private static ProposedEvent read(String data, String type) {
        return CODEC.readProposed(
                CODEC.parse("{\"type\":\"" + type + "\",\"occurredOn\":\"2025-06-21\","
                        + "\"source\":{\"publisher\":\"NHK\",\"title\":\"Correction\"},\"data\":" + data + "}"),
                UUID::randomUUID);
    }

    @Test
    void aRetractionAndAnAddedSourceArePinned() {
        var retracted = new EventRetracted(UUID.fromString(TARGET), "denied the next day");
        String json = "{\"eventId\":\"" + TARGET + "\",\"reason\":\"denied the next day\"}";
        assertThat(CODEC.dataJson(retracted).toString()).isEqualTo(json);
        assertThat(read(json, "EventRetracted").data()).isEqualTo(retracted);
        var added = new SourceAdded(UUID.fromString(TARGET), "Reuters confirms");
        assertThat(CODEC.readData("SourceAdded", CODEC.dataJson(added).toString()))
                .isEqualTo(added);
    }

    @Test
    void aCorrectedCopyIsReadAsTheTypeItNames() {
        String json = "{\"eventId\":\"" + TARGET + "\",\"eventType\":\"DeadlineSet\",\"occurredOn\":\"2025-04-09\","
                + "\"corrected\":{\"deadlineId\":\"pause-end\",\"title\":\"End of the pause\",\"dueOn\":\"2025-07-10\",\"deadlineClass\":\"legal\"},"
                + "\"reason\":\"the date was 10 July\"}";
        var event = (EventCorrected) read(json, "EventCorrected").data();
        assertThat(event.corrected()).isInstanceOf(DeadlineSet.class);
        assertThat(((DeadlineSet) event.corrected()).dueOn()).isEqualTo(WorldDate.parse("2025-07-10"));
        assertThat(event.occurredOn()).isEqualTo(WorldDate.parse("2025-04-09"));
        assertThat(CODEC.readData("EventCorrected", CODEC.dataJson(event).toString()))
                .isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no reason | EventRetracted | {\"eventId\":\"" + TARGET + "\"} | data.reason | is required",
                "not an id | EventRetracted | {\"eventId\":\"round-3\",\"reason\":\"r\"} | data.eventId | UUID",
                "unknown type | EventCorrected | {\"eventId\":\"" + TARGET
                        + "\",\"eventType\":\"Rumour\",\"corrected\":{},\"reason\":\"r\"} | data.eventType | unknown event type",
                "correcting a correction | EventCorrected | {\"eventId\":\"" + TARGET
                        + "\",\"eventType\":\"EventRetracted\",\"corrected\":{\"eventId\":\"" + TARGET
                        + "\",\"reason\":\"x\"},\"reason\":\"r\"} | data.eventType | not another correction",
                "no copy | EventCorrected | {\"eventId\":\"" + TARGET
                        + "\",\"eventType\":\"RoundHeld\",\"reason\":\"r\"} | data.corrected | is required",
                "bad field in the copy | EventCorrected | {\"eventId\":\"" + TARGET
                        + "\",\"eventType\":\"RoundHeld\",\"corrected\":{\"roundId\":\"r\",\"level\":\"summit\",\"venue\":\"x\"},\"reason\":\"r\"} | data.corrected.venue | is not a field",
                "bad value in the copy | EventCorrected | {\"eventId\":\"" + TARGET
                        + "\",\"eventType\":\"DeadlineSet\",\"corrected\":{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2500-01-01\"},\"reason\":\"r\"} | data.corrected.dueOn | between 1900 and 2200",
                "unknown field | EventCorrected | {\"eventId\":\"" + TARGET
                        + "\",\"eventType\":\"RoundHeld\",\"corrected\":{\"roundId\":\"r\",\"level\":\"summit\"},\"reason\":\"r\",\"why\":1} | data.why | is not a field",
            })
    void badCorrectionsNameTheField(String name, String type, String data, String field, String message) {
        assertThatThrownBy(() -> read(data, type)).isInstanceOfSatisfying(InvalidEventException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
