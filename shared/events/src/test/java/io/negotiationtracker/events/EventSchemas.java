package io.negotiationtracker.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationtracker.events.json.EventCodec;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Generates the JSON Schemas (draft 2020-12) of the event contract from the records themselves, as the codec writes
 * them (record components by name, enums in lower case, world dates as strings, nulls left out): one per event type
 * (its {@code data}), the stored and published envelope, and the event a writer proposes. Required members are the
 * primitive ones plus those the envelope always carries; every object is closed (additionalProperties false), as the
 * strict reader refuses unknown fields. {@link ContractFilesTest} writes them to src/main/resources/contracts.
 */
final class EventSchemas {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String WORLD_DATE_PATTERN =
            "^(\\d{4}(-\\d{2}(-(\\d{2}|early|mid|late))?)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))$";
    /** The schemas name themselves by URN (they are files beside the AsyncAPI document, wherever it is served). */
    static final String ID = "urn:negotiation-tracker:contracts:";

    static final String SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventSchemas() {}

    /** The schema of one type's data, with the records it uses in $defs. */
    static ObjectNode data(String type) {
        Class<? extends NegotiationEvent> c = EventTypes.classOf(type).orElseThrow();
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID + type);
        schema.put("title", type);
        schema.put(
                "description",
                "The data of a " + type + " event (negotiation.events.v1, envelope schemaVersion "
                        + EventCodec.SCHEMA_VERSION + "), generated from " + c.getName() + ".");
        schema.setAll(record(c, defs));
        if (!defs.isEmpty()) schema.set("$defs", objectOf(defs));
        return schema;
    }

    /** The envelope as stored, published on negotiation.events.v1 and served by ingest: v2, and v1 as first stored. */
    static ObjectNode envelope() {
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID + "envelope");
        schema.put("title", "Stored event");
        schema.put(
                "description",
                "An event as stored, published on negotiation.events.v1 (the record value) and served by ingest."
                        + " schemaVersion 2 adds sources and links; a v1 envelope (no schemaVersion) has source only and"
                        + " is read through the codec's upcasters (DeadlineMoved, before v1, becomes DeadlineChanged).");
        schema.put("type", "object");
        ObjectNode p = schema.putObject("properties");
        p.set("eventId", string("uuid"));
        p.set("negotiationId", slug());
        ArrayNode types = p.putObject("type").put("type", "string").putArray("enum");
        EventTypes.ALL.forEach(types::add);
        types.add("DeadlineMoved");
        p.putObject("version").put("type", "integer").put("minimum", 1);
        p.putObject("position").put("type", "integer").put("minimum", 1);
        p.set("occurredOn", schemaOf(WorldDate.class, defs));
        p.set("recordedAt", string("date-time"));
        p.set("source", schemaOf(Source.class, defs));
        p.putObject("sources").put("type", "array").put("minItems", 1).set("items", schemaOf(Source.class, defs));
        p.set("confidence", schemaOf(Confidence.class, defs));
        p.set("links", schemaOf(Links.class, defs));
        p.putObject("schemaVersion").put("type", "integer").put("minimum", 2);
        p.putObject("data").put("type", "object");
        required(
                schema,
                "eventId",
                "negotiationId",
                "type",
                "version",
                "position",
                "occurredOn",
                "recordedAt",
                "source",
                "confidence",
                "data");
        schema.put("additionalProperties", false);
        schema.set("allOf", dataByType(defs));
        defs.put("DeadlineMoved", deadlineMoved());
        schema.set("$defs", objectOf(defs));
        return schema;
    }

    /** An event as a writer proposes it (POST /api/negotiations/{id}/events, nt import; one line of infra/seed). */
    static ObjectNode proposed() {
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID + "proposed-event");
        schema.put("title", "Proposed event");
        schema.put(
                "description",
                "An event a writer submits: what the store assigns (version, position, recordedAt) left out. Give"
                        + " source or sources. negotiationId is only in import files (nt import, infra/seed): over HTTP"
                        + " it is in the path.");
        schema.put("type", "object");
        ObjectNode p = schema.putObject("properties");
        p.set("negotiationId", slug());
        p.set("eventId", string("uuid"));
        ArrayNode types = p.putObject("type").put("type", "string").putArray("enum");
        EventTypes.ALL.forEach(types::add);
        p.set("occurredOn", schemaOf(WorldDate.class, defs));
        p.set("source", schemaOf(Source.class, defs));
        p.putObject("sources").put("type", "array").put("minItems", 1).set("items", schemaOf(Source.class, defs));
        p.set("confidence", schemaOf(Confidence.class, defs));
        p.set("links", schemaOf(Links.class, defs));
        p.putObject("schemaVersion").put("type", "integer").put("minimum", 1);
        p.putObject("data").put("type", "object");
        required(schema, "type", "occurredOn", "data");
        schema.put("additionalProperties", false);
        ArrayNode oneSource = schema.putArray("anyOf");
        required(oneSource.addObject(), "source");
        required(oneSource.addObject(), "sources");
        schema.set("allOf", dataByType(defs));
        schema.set("$defs", objectOf(defs));
        return schema;
    }

    /** if type is T then data is T's data schema, for every type. */
    private static ArrayNode dataByType(Map<String, ObjectNode> defs) {
        ArrayNode all = JSON.arrayNode();
        for (String type : EventTypes.ALL) {
            defs.put(type, record(EventTypes.classOf(type).orElseThrow(), defs));
            ObjectNode rule = all.addObject();
            rule.putObject("if").putObject("properties").putObject("type").put("const", type);
            rule.putObject("then").putObject("properties").putObject("data").put("$ref", "#/$defs/" + type);
        }
        ObjectNode legacy = all.addObject();
        legacy.putObject("if").putObject("properties").putObject("type").put("const", "DeadlineMoved");
        legacy.putObject("then").putObject("properties").putObject("data").put("$ref", "#/$defs/DeadlineMoved");
        return all;
    }

    /** The pre-v1 shape of a moved deadline, still readable (DeadlineMovedUpcaster). */
    private static ObjectNode deadlineMoved() {
        ObjectNode s = JSON.objectNode();
        s.put("description", "Before v1: a moved deadline (read as DeadlineChanged; to null meant cancelled).");
        s.put("type", "object");
        ObjectNode p = s.putObject("properties");
        p.putObject("deadlineId").put("type", "string");
        p.putObject("from").put("$ref", "#/$defs/WorldDate");
        p.putObject("to").putArray("type").add("string").add("null");
        p.putObject("why").put("type", "string");
        required(s, "deadlineId");
        return s;
    }

    private static ObjectNode record(Class<?> c, Map<String, ObjectNode> defs) {
        ObjectNode s = JSON.objectNode();
        s.put("type", "object");
        ObjectNode properties = s.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : c.getRecordComponents()) {
            properties.set(component.getName(), schemaOf(component.getGenericType(), defs));
            if (component.getType().isPrimitive()) required.add(component.getName());
        }
        if (!required.isEmpty()) s.set("required", required);
        s.put("additionalProperties", false);
        return s;
    }

    private static ObjectNode schemaOf(Type type, Map<String, ObjectNode> defs) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode s = JSON.objectNode().put("type", "array");
            s.set("items", schemaOf(p.getActualTypeArguments()[0], defs));
            return s;
        }
        if (!(type instanceof Class<?> c)) throw new IllegalArgumentException("no schema for " + type);
        if (c == String.class) return JSON.objectNode().put("type", "string");
        if (c == UUID.class) return string("uuid");
        if (c == LocalDate.class) return string("date");
        if (c == Instant.class) return string("date-time");
        if (c == BigDecimal.class || c == double.class || c == Double.class)
            return JSON.objectNode().put("type", "number");
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class)
            return JSON.objectNode().put("type", "integer");
        if (c == boolean.class || c == Boolean.class) return JSON.objectNode().put("type", "boolean");
        if (c == WorldDate.class) {
            defs.computeIfAbsent("WorldDate", k -> {
                ObjectNode s = JSON.objectNode().put("type", "string");
                s.put("description", "A date with the precision its source gives: " + WorldDate.FORMATS);
                s.put("pattern", WORLD_DATE_PATTERN);
                return s;
            });
            return ref("WorldDate");
        }
        if (c.isEnum()) {
            ObjectNode s = JSON.objectNode().put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object constant : c.getEnumConstants())
                values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            return s;
        }
        if (c == NegotiationEvent.class)
            return JSON.objectNode()
                    .put("type", "object")
                    .put("description", "the data of an event of the type named beside it (eventType)");
        if (c.isRecord()) {
            if (!defs.containsKey(c.getSimpleName())) {
                defs.put(c.getSimpleName(), JSON.objectNode()); // reserve the name: records may nest
                defs.put(c.getSimpleName(), record(c, defs));
            }
            return ref(c.getSimpleName());
        }
        throw new IllegalArgumentException("no schema for " + c + ": teach EventSchemas this type");
    }

    private static ObjectNode ref(String name) {
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    private static ObjectNode string(String format) {
        return JSON.objectNode().put("type", "string").put("format", format);
    }

    private static ObjectNode slug() {
        return JSON.objectNode().put("type", "string").put("pattern", SLUG_PATTERN);
    }

    private static void required(ObjectNode schema, String... names) {
        ArrayNode r = schema.putArray("required");
        for (String n : names) r.add(n);
    }

    private static ObjectNode objectOf(Map<String, ObjectNode> defs) {
        ObjectNode o = JSON.objectNode();
        defs.forEach(o::set);
        return o;
    }

    /** Every generated file by its path under contracts/, with its text. */
    static Map<String, String> files() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (String type : EventTypes.ALL) files.put("schemas/" + type + ".schema.json", text(data(type)));
        files.put("schemas/envelope.schema.json", text(envelope()));
        files.put("schemas/proposed-event.schema.json", text(proposed()));
        files.put("asyncapi.yml", AsyncApiDocument.yaml());
        return files;
    }

    private static String text(ObjectNode schema) throws Exception {
        return WRITER.writeValueAsString(schema) + "\n";
    }
}
