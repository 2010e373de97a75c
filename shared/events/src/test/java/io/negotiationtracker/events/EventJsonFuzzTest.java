package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.events.json.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of the event JSON a writer submits: whatever the input (random text, or a valid event with
 * random fields removed, replaced or added), reading it either yields a valid event, which then survives the store and
 * the topic (written and read back equal, every text printable), or is refused with an {@link InvalidEventException}
 * (a 4xx naming the field), never with any other exception.
 */
class EventJsonFuzzTest {
    private static final EventCodec CODEC = new EventCodec();
    private static final List<String> VALID = List.of(
            "{\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-16\",\"source\":{\"publisher\":\"Asahi\",\"title\":\"T\"},"
                    + "\"data\":{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"quote\":\"Issues remain\"}}",
            "{\"type\":\"RoundHeld\",\"occurredOn\":\"2025-06\",\"sources\":[{\"publisher\":\"Kyodo\",\"title\":\"K\",\"publishedOn\":\"2025-06\",\"attribution\":\"media_report\"}],"
                    + "\"data\":{\"roundId\":\"g7\",\"level\":\"summit\",\"roundNumber\":2,\"participants\":[{\"name\":\"Trump\",\"party\":\"US\"}],\"caps\":[\"m1\"]}}",
            "{\"type\":\"DeadlineSet\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"Asahi\",\"title\":\"T\"},\"links\":{\"measures\":[\"recip\"]},"
                    + "\"data\":{\"deadlineId\":\"pause-end\",\"title\":\"End\",\"dueOn\":\"2025-07-early\",\"deadlineClass\":\"target\",\"owner\":\"JP\"}}",
            "{\"type\":\"TariffImposed\",\"occurredOn\":\"2025-04-02\",\"source\":{\"publisher\":\"Kyodo\",\"title\":\"K\"},"
                    + "\"data\":{\"measureId\":\"autos\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"cars\",\"ratePercent\":24,\"rateQualifier\":\"up_to\",\"productCodes\":[\"8703\"]}}",
            "{\"type\":\"TariffSuspended\",\"occurredOn\":\"2025-04\",\"source\":{\"publisher\":\"Asahi\",\"title\":\"T\"},"
                    + "\"data\":{\"measureId\":\"recip\",\"untilDeadlineId\":\"pause-end\",\"ratePercent\":24,\"rateQualifier\":\"up_to\"}}");

    @Property(tries = 600)
    void aMutatedEventIsEitherValidAndRoundTripsOrRefusedNamingAField(@ForAll("mutations") String json) {
        readAndCheck(json);
    }

    @Property(tries = 300)
    void arbitraryTextIsRefusedCleanly(@ForAll("texts") String body) {
        readAndCheck(body);
    }

    private static void readAndCheck(String json) {
        ProposedEvent event;
        try {
            event = CODEC.readProposed(CODEC.parse(json), UUID::randomUUID);
        } catch (InvalidEventException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        EventEnvelope stored = event.stored("fuzz-talks", 1, 1, Instant.parse("2025-06-17T00:00:00Z"));
        String written = CODEC.write(stored);
        assertThat(written).isEqualTo(CODEC.toJson(stored).toString());
        assertThat(EventJson.of(CODEC, event).envelopeBytes("fuzz-talks", 1, 1, stored.recordedAt()))
                .isEqualTo(written.getBytes(StandardCharsets.UTF_8).length);
        assertThat(CODEC.readEnvelope(written)).isEqualTo(stored);
        assertPrintable(CODEC.parse(written));
    }

    /** Every text of an accepted event is printable: no control character but tab, newline and return, no lone surrogate. */
    private static void assertPrintable(JsonNode node) {
        if (node.isTextual()) {
            String t = node.asText();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                assertThat(c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                        .as("control character in accepted text '" + t + "'")
                        .isFalse();
                assertThat(Character.isSurrogate(c)
                                && !(Character.isHighSurrogate(c)
                                        && i + 1 < t.length()
                                        && Character.isLowSurrogate(t.charAt(i + 1)))
                                && !(Character.isLowSurrogate(c)
                                        && i > 0
                                        && Character.isHighSurrogate(t.charAt(i - 1))))
                        .as("lone surrogate in '" + t + "'")
                        .isFalse();
            }
        }
        node.forEach(EventJsonFuzzTest::assertPrintable);
        node.fieldNames().forEachRemaining(name -> assertPrintable(JsonNodeFactory.instance.textNode(name)));
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.integers()
                .between(0, VALID.size() - 1)
                .flatMap(i -> Arbitraries.longs().map(seed -> mutate(VALID.get(i), new Random(seed))));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789abcdeftrunl\\u ")
                        .ofMaxLength(200));
    }

    /** Removes, replaces or adds one to three fields anywhere in the event, with hostile values. */
    static String mutate(String json, Random random) {
        JsonNode root = CODEC.parse(json).deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<ObjectNode> objects = new ArrayList<>();
            collect(root, objects);
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (!names.isEmpty()) target.remove(names.get(random.nextInt(names.size())));
                }
                case 1 -> {
                    if (!names.isEmpty()) target.set(names.get(random.nextInt(names.size())), hostile(random, 0));
                }
                default -> target.set(random.nextBoolean() ? "extra" : "summary", hostile(random, 0));
            }
        }
        return root.toString();
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode o) into.add(o);
        node.forEach(child -> collect(child, into));
    }

    private static JsonNode hostile(Random random, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 3 ? 9 : 11)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> f.numberNode(random.nextLong());
            case 3 -> f.numberNode(new java.math.BigDecimal("1e" + (random.nextInt(700) - 350)));
            case 4 -> f.textNode(text(random));
            case 5 ->
                f.textNode(List.of(
                                "2025",
                                "2025-07-early",
                                "2025-13",
                                "1899-12-31",
                                "+999999999-01-01T00:00:00Z",
                                "2025-02-30",
                                "")
                        .get(random.nextInt(7)));
            case 6 ->
                f.textNode(
                        List.of("legal", "target", "up_to", "summit", "JP", "anonymous_official", "pause-end", "Autos!")
                                .get(random.nextInt(8)));
            case 7 -> f.textNode("x".repeat(random.nextInt(5000)));
            case 8 ->
                f.textNode(
                        new String(new char[] {(char) random.nextInt(0x20), (char) (0xD800 + random.nextInt(0x800))}));
            case 9 -> {
                ArrayNode a = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) a.add(hostile(random, depth + 1));
                yield a;
            }
            default -> {
                ObjectNode o = f.objectNode();
                for (int i = random.nextInt(3); i > 0; i--)
                    o.set(
                            List.of("name", "party", "publisher", "title", "code", "x")
                                    .get(random.nextInt(6)),
                            hostile(random, depth + 1));
                yield o;
            }
        };
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) s.append((char) random.nextInt(0x3000));
        return s.toString();
    }
}
