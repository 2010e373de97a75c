package io.negotiationtracker.events.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.events.Links;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The JSON form of events, shared by the store, the topic and the HTTP API. Input is read strictly (an unknown field is
 * an error naming it); stored and published events are read tolerantly and upcast from older shapes first.
 */
public final class EventCodec {
    /** The envelope version this codec writes: 2 adds {@code sources}, {@code links} and the v2 types; 1 is read through upcasters. */
    public static final int SCHEMA_VERSION = 2;

    private static final Set<String> PROPOSED_FIELDS = Set.of(
            "eventId", "type", "occurredOn", "source", "sources", "confidence", "links", "schemaVersion", "data");
    private static final List<Upcaster> UPCASTERS = List.of(new DeadlineMovedUpcaster());

    private final ObjectMapper strict = mapper(true);
    private final ObjectMapper tolerant = mapper(false);

    public static ObjectMapper mapper(boolean failOnUnknown) {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new WireModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        if (failOnUnknown) refuseCoercion(mapper);
        return mapper;
    }

    /**
     * Input is read as written: a number where text is expected ({@code "quote": 5}), text or a fraction where a whole
     * number is expected ({@code "roundNumber": 1.5}), or a boolean for text, is an error naming the field, not a guess.
     */
    private static void refuseCoercion(JsonMapper mapper) {
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean
        }) mapper.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
        for (CoercionInputShape shape :
                new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.Boolean})
            mapper.coercionConfigFor(LogicalType.Float).setCoercion(shape, CoercionAction.Fail);
        for (CoercionInputShape shape :
                new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.String})
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(shape, CoercionAction.Fail);
    }

    public ObjectMapper mapper() {
        return tolerant;
    }

    public JsonNode parse(String json) {
        try {
            JsonNode node = strict.readTree(json);
            if (node == null || node.isMissingNode()) throw new InvalidEventException(null, "the body is empty");
            return node;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidEventException(
                    null,
                    "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                            + ": " + e.getOriginalMessage());
        }
    }

    /** Reads one event a writer submits; a missing eventId is taken from {@code newIds}. */
    public ProposedEvent readProposed(JsonNode node, Supplier<UUID> newIds) {
        if (!(node instanceof ObjectNode original))
            throw new InvalidEventException("", "an event must be a JSON object");
        ObjectNode event =
                UPCASTERS.stream().anyMatch(u -> u.canUpcast(original)) ? upcast(original.deepCopy()) : original;
        event.fieldNames().forEachRemaining(f -> {
            if (!PROPOSED_FIELDS.contains(f))
                throw new InvalidEventException(
                        f,
                        "is not a field of an event (expected "
                                + String.join(
                                        ", ", PROPOSED_FIELDS.stream().sorted().toList()) + ")");
        });
        if (event.hasNonNull("schemaVersion")
                && !(event.get("schemaVersion").isInt()
                        && event.get("schemaVersion").asInt() >= 1
                        && event.get("schemaVersion").asInt() <= SCHEMA_VERSION))
            throw new InvalidEventException("schemaVersion", "must be 1 or " + SCHEMA_VERSION + " (or left out)");
        UUID eventId = event.hasNonNull("eventId") ? uuid(event.get("eventId")) : newIds.get();
        String type = text(event, "type");
        var cls = EventTypes.classOf(type)
                .orElseThrow(() -> new InvalidEventException(
                        "type",
                        "unknown event type '" + type + "'; known types: " + String.join(", ", EventTypes.ALL)));
        WorldDate occurredOn = WorldDate.parse(
                event.hasNonNull("occurredOn") ? event.get("occurredOn").asText() : null, "occurredOn");
        List<Source> sources = sources(strict, event);
        Confidence confidence = event.hasNonNull("confidence")
                ? bind(strict, event.get("confidence"), Confidence.class, "confidence")
                : null;
        Links links = event.hasNonNull("links") ? bind(strict, event.get("links"), Links.class, "links") : Links.NONE;
        NegotiationEvent data = bind(strict, event.get("data"), cls, "data");
        return new ProposedEvent(eventId, occurredOn, sources, confidence, links, data);
    }

    public ObjectNode toJson(EventEnvelope e) {
        ObjectNode node = tolerant.createObjectNode();
        node.put("eventId", e.eventId().toString());
        node.put("negotiationId", e.negotiationId());
        node.put("type", e.type());
        node.put("version", e.version());
        node.put("position", e.position());
        node.put("occurredOn", e.occurredOn().toString());
        node.put("recordedAt", e.recordedAt().toString());
        node.set("source", tolerant.valueToTree(e.source()));
        node.set("sources", tolerant.valueToTree(e.sources()));
        node.set("confidence", tolerant.valueToTree(e.confidence()));
        if (!e.links().none()) node.set("links", tolerant.valueToTree(e.links()));
        node.put("schemaVersion", SCHEMA_VERSION);
        node.set("data", dataJson(e.data()));
        return node;
    }

    /** The text of {@link #toJson}, put together from its parts (see {@link EventJson}). */
    public String write(EventEnvelope e) {
        return EventJson.of(this, e).envelope(e.negotiationId(), e.version(), e.position(), e.recordedAt());
    }

    public ObjectNode dataJson(NegotiationEvent data) {
        return tolerant.valueToTree(data);
    }

    public String write(Object value) {
        try {
            return tolerant.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stored or published event, upcasting older shapes. */
    public EventEnvelope readEnvelope(String json) {
        if (!(parse(json) instanceof ObjectNode node))
            throw new InvalidEventException("", "an event must be a JSON object");
        ObjectNode event = upcast(node);
        String type = text(event, "type");
        var cls = EventTypes.classOf(type)
                .orElseThrow(() -> new InvalidEventException("type", "unknown event type '" + type + "'"));
        return new EventEnvelope(
                uuid(event.get("eventId")),
                text(event, "negotiationId"),
                type,
                event.path("version").asLong(),
                event.path("position").asLong(),
                WorldDate.parse(text(event, "occurredOn"), "occurredOn"),
                Instant.parse(text(event, "recordedAt")),
                sources(tolerant, event),
                bind(tolerant, event.get("confidence"), Confidence.class, "confidence"),
                event.hasNonNull("links") ? bind(tolerant, event.get("links"), Links.class, "links") : Links.NONE,
                bind(tolerant, event.get("data"), cls, "data"));
    }

    public NegotiationEvent readData(String type, String json) {
        var cls = EventTypes.classOf(type)
                .orElseThrow(() -> new InvalidEventException("type", "unknown event type '" + type + "'"));
        return bind(tolerant, parse(json), cls, "data");
    }

    /**
     * The sources of an event: v2 {@code sources} (a list, the first is the primary source) or v1 {@code source} (one).
     * A writer gives one of them; a stored v2 event carries both, {@code source} repeating the first of {@code sources},
     * and may be submitted again as it was exported.
     */
    private static List<Source> sources(ObjectMapper mapper, ObjectNode event) {
        boolean strictInput = mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (event.hasNonNull("sources")) {
            JsonNode list = event.get("sources");
            if (strictInput
                    && event.hasNonNull("source")
                    && !(list.isArray() && event.get("source").equals(list.get(0))))
                throw new InvalidEventException(
                        "sources",
                        "give either source (one) or sources (a list), not both (as stored, source repeats sources[0])");
            if (!list.isArray() || list.isEmpty())
                throw new InvalidEventException("sources", "must be a list of at least one source");
            if (list.size() > io.negotiationtracker.events.Require.MAX_LIST)
                throw new InvalidEventException(
                        "sources",
                        "lists " + list.size() + " entries; at most " + io.negotiationtracker.events.Require.MAX_LIST
                                + " are allowed");
            List<Source> sources = new java.util.ArrayList<>();
            for (int i = 0; i < list.size(); i++)
                sources.add(bind(mapper, list.get(i), Source.class, "sources[" + i + "]"));
            return sources;
        }
        return List.of(bind(mapper, event.get("source"), Source.class, "source"));
    }

    private static ObjectNode upcast(ObjectNode event) {
        for (Upcaster u : UPCASTERS) {
            if (u.canUpcast(event)) u.upcast(event);
        }
        return event;
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank())
            throw new InvalidEventException(field, "is required");
        if (!value.isTextual()) throw new InvalidEventException(field, "must be a string");
        return value.asText();
    }

    private static UUID uuid(JsonNode value) {
        try {
            if (value == null || !value.isTextual()) throw new IllegalArgumentException();
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("eventId", "must be a UUID, e.g. 3f1c2a9e-5b7d-4c1e-9f2a-7d8e6b5c4a3f");
        }
    }

    private static <T> T bind(ObjectMapper mapper, JsonNode node, Class<T> type, String field) {
        if (node == null || node.isNull()) throw new InvalidEventException(field, "is required");
        try {
            return mapper.treeToValue(node, type);
        } catch (InvalidEventException e) {
            throw e.under(field); // thrown by a deserializer of the whole value, such as EventCorrected's
        } catch (JsonProcessingException e) {
            throw translate(e, field);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) throw translate(jpe, field);
            throw new InvalidEventException(field, e.getMessage());
        }
    }

    static InvalidEventException translate(JsonProcessingException e, String field) {
        String path = field;
        if (e instanceof JsonMappingException jme) {
            for (JsonMappingException.Reference ref : jme.getPath()) {
                path += ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]";
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidEventException(
                    path,
                    "is not a field of " + u.getReferringClass().getSimpleName() + " (known: "
                            + String.join(
                                    ", ",
                                    u.getKnownPropertyIds().stream()
                                            .map(Object::toString)
                                            .sorted()
                                            .toList())
                            + ")");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException inner) {
                return inner.field() == null || inner.field().isEmpty()
                        ? new InvalidEventException(path, inner.getMessage())
                        : inner.under(path);
            }
        }
        return new InvalidEventException(path, "has the wrong shape: " + e.getOriginalMessage());
    }
}
