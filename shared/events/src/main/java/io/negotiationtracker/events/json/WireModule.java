package io.negotiationtracker.events.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.events.WorldDate;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Jackson bindings of the wire format: world dates as strings, enums as lower-case names. */
final class WireModule extends SimpleModule {

    WireModule() {
        super("negotiation-tracker-wire");
        addSerializer(WorldDate.class, new StdSerializer<>(WorldDate.class) {
            @Override
            public void serialize(WorldDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(WorldDate.class, new StdDeserializer<>(WorldDate.class) {
            @Override
            public WorldDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING)
                    throw new InvalidEventException("", "must be a string (" + WorldDate.FORMATS + ")");
                return WorldDate.parse(p.getText(), "");
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        StdSerializer<Enum> enumSerializer = new StdSerializer<>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        };
        addSerializer(Enum.class, enumSerializer);
        addDeserializer(EventCorrected.class, new CorrectedEventDeserializer());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return new LowerCaseEnumDeserializer(type.getRawClass());
            }
        });
    }

    private static final class LowerCaseEnumDeserializer extends StdDeserializer<Enum<?>> {
        private final Enum<?>[] constants;

        LowerCaseEnumDeserializer(Class<?> type) {
            super(type);
            this.constants = (Enum<?>[]) type.getEnumConstants();
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
            for (Enum<?> c : constants) {
                if (c.name().toLowerCase(Locale.ROOT).equals(text)) return c;
            }
            String allowed = Arrays.stream(constants)
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new InvalidEventException("", "must be one of: " + allowed);
        }
    }
}
