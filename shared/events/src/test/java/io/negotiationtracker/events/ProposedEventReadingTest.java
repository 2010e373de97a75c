package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.events.json.EventCodec;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is refused with the JSON path of the offending field. */
class ProposedEventReadingTest {
    private static final EventCodec CODEC = new EventCodec();
    private static final String SOURCE = "\"source\":{\"publisher\":\"Asahi\",\"title\":\"No breakthrough\"}";

    private static ProposedEvent read(String json) {
        return CODEC.readProposed(CODEC.parse(json), () -> UUID.fromString("00000000-0000-4000-8000-000000000001"));
    }

    @Test
    void aValidEventReadsWithDefaults() {
        ProposedEvent e = read("{\"type\":\"DeadlineSet\",\"occurredOn\":\"2025-04\"," + SOURCE
                + ",\"data\":{\"deadlineId\":\"pause-end\",\"title\":\"End of pause\",\"dueOn\":\"2025-07-09\"}}");
        assertThat(e.eventId()).isEqualTo(UUID.fromString("00000000-0000-4000-8000-000000000001"));
        assertThat(e.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(e.occurredOn().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(((DeadlineSet) e.data()).kind()).isEqualTo(DeadlineKind.HARD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown type | {\"type\":\"Nope\",\"occurredOn\":\"2025\",SRC,\"data\":{}} | type | unknown event type",
                "missing type | {\"occurredOn\":\"2025\",SRC,\"data\":{}} | type | is required",
                "bad date | {\"type\":\"IssueOpened\",\"occurredOn\":\"June 16\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | occurredOn | not a valid date",
                "bad month | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025-13\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | occurredOn | not a valid date",
                "missing source | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | source | is required",
                "source without title | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"x\"},\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | source.title | is required",
                "unknown top field | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"extra\":1,\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | extra | is not a field",
                "unknown data field | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"t\",\"colour\":1}} | data.colour | is not a field of IssueOpened",
                "missing data field | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"a\"}} | data.title | is required",
                "bad slug | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"Autos!\",\"title\":\"t\"}} | data.issueId | must be a slug",
                "bad enum | {\"type\":\"IssueClosed\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"a\",\"outcome\":\"won\"}} | data.outcome | must be one of: resolved, dropped, superseded",
                "bad nested date | {\"type\":\"DeadlineSet\",\"occurredOn\":\"2025\",SRC,\"data\":{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-02-30\"}} | data.dueOn | not a valid date",
                "bad party code | {\"type\":\"NegotiationOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"title\":\"t\",\"parties\":[{\"code\":\"US\",\"name\":\"U\"},{\"code\":\"jp\",\"name\":\"J\"}]}} | data.parties[1].code | upper-case",
                "bad uuid | {\"eventId\":\"42\",\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | eventId | must be a UUID",
                "negative rate | {\"type\":\"TariffImposed\",\"occurredOn\":\"2025\",SRC,\"data\":{\"measureId\":\"m\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"p\",\"ratePercent\":-1}} | data.ratePercent | between 0 and 1000",
                "rate as text | {\"type\":\"TariffImposed\",\"occurredOn\":\"2025\",SRC,\"data\":{\"measureId\":\"m\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"p\",\"ratePercent\":\"high\"}} | data.ratePercent | wrong shape",
                "change without new date | {\"type\":\"DeadlineChanged\",\"occurredOn\":\"2025\",SRC,\"data\":{\"deadlineId\":\"d\",\"previousDueOn\":\"2025-07-09\"}} | data.dueOn | required unless cancelled",
            })
    void badInputNamesTheField(String name, String json, String field, String message) {
        assertThatThrownBy(() -> read(json.replace("SRC", SOURCE)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> CODEC.parse("{\"type\": "))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("malformed JSON at line 1");
    }

    @Test
    void anOlderDeadlineMovedShapeIsUpcastToDeadlineChanged() {
        ProposedEvent e = read(
                "{\"type\":\"DeadlineMoved\",\"occurredOn\":\"2025-07-07\"," + SOURCE
                        + ",\"data\":{\"deadlineId\":\"pause-end\",\"from\":\"2025-07-09\",\"to\":\"2025-08-01\",\"why\":\"executive order\"}}");
        assertThat(e.type()).isEqualTo("DeadlineChanged");
        assertThat(e.data())
                .isEqualTo(new DeadlineChanged(
                        "pause-end",
                        WorldDate.parse("2025-07-09"),
                        WorldDate.parse("2025-08-01"),
                        false,
                        "executive order"));
        ProposedEvent cancelled = read("{\"type\":\"DeadlineMoved\",\"occurredOn\":\"2025-07-07\"," + SOURCE
                + ",\"data\":{\"deadlineId\":\"pause-end\",\"from\":\"2025-07-09\",\"to\":null}}");
        assertThat(((DeadlineChanged) cancelled.data()).cancelled()).isTrue();
    }
}
