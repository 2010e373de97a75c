package io.negotiationtracker.events.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Links;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event's JSON, serialised once: the parts that do not depend on where the event is stored (sources, confidence,
 * links, data) are written when the event is read, and its envelope's text is put together from them for any version,
 * position and recordedAt, byte for byte what {@link EventCodec#toJson} gives. The door measures an event with it and
 * the store digests and stores the same text, so nothing is serialised twice on the way in.
 */
public final class EventJson {
    private final String type;
    private final String occurredOn;
    private final String source;
    private final String sources;
    private final String confidence;
    private final String links;
    private final String data;
    /** {@code {"eventId":"…","negotiationId":} */
    private final String upToNegotiationId;
    /** {@code ,"type":"…","version":} */
    private final String upToVersion;
    /** {@code ,"occurredOn":"…","recordedAt":} */
    private final String upToRecordedAt;
    /** From {@code ,"source":} to the closing brace. */
    private final String rest;

    private final int restBytes;

    private EventJson(
            EventCodec codec,
            UUID eventId,
            String type,
            WorldDate occurredOn,
            List<Source> sources,
            Confidence confidence,
            Links links,
            NegotiationEvent data) {
        this.type = quote(type);
        this.occurredOn = quote(occurredOn.toString());
        this.source = part(codec, sources.get(0));
        this.sources = sources.size() == 1 ? "[" + source + "]" : part(codec, sources);
        this.confidence = part(codec, confidence);
        this.links = links.none() ? null : part(codec, links);
        this.data = codec.dataJson(data).toString();
        this.upToNegotiationId = "{\"eventId\":" + quote(eventId.toString()) + ",\"negotiationId\":";
        this.upToVersion = ",\"type\":" + this.type + ",\"version\":";
        this.upToRecordedAt = ",\"occurredOn\":" + this.occurredOn + ",\"recordedAt\":";
        this.rest = ",\"source\":" + source + ",\"sources\":" + this.sources + ",\"confidence\":" + this.confidence
                + (this.links == null ? "" : ",\"links\":" + this.links) + ",\"schemaVersion\":"
                + EventCodec.SCHEMA_VERSION + ",\"data\":" + this.data + "}";
        this.restBytes = utf8Length(rest);
    }

    public static EventJson of(EventCodec codec, ProposedEvent e) {
        return new EventJson(
                codec, e.eventId(), e.type(), e.occurredOn(), e.sources(), e.confidence(), e.links(), e.data());
    }

    public static EventJson of(EventCodec codec, EventEnvelope e) {
        return new EventJson(
                codec, e.eventId(), e.type(), e.occurredOn(), e.sources(), e.confidence(), e.links(), e.data());
    }

    /** The envelope as stored and published. */
    public String envelope(String negotiationId, long version, long position, Instant recordedAt) {
        return head(negotiationId, version, position, recordedAt).append(rest).toString();
    }

    /** The length of {@link #envelope} in UTF-8, without putting it together. */
    public int envelopeBytes(String negotiationId, long version, long position, Instant recordedAt) {
        return utf8Length(head(negotiationId, version, position, recordedAt)) + restBytes;
    }

    private StringBuilder head(String negotiationId, long version, long position, Instant recordedAt) {
        return new StringBuilder(upToNegotiationId.length()
                        + upToVersion.length()
                        + upToRecordedAt.length()
                        + rest.length()
                        + 120)
                .append(upToNegotiationId)
                .append(quote(negotiationId))
                .append(upToVersion)
                .append(version)
                .append(",\"position\":")
                .append(position)
                .append(upToRecordedAt)
                .append(quote(recordedAt.toString()));
    }

    /** The type, quoted as a JSON string. */
    public String type() {
        return type;
    }

    /** The world date, quoted as a JSON string. */
    public String occurredOn() {
        return occurredOn;
    }

    /** The primary source (an object). */
    public String source() {
        return source;
    }

    /** Every source (an array). */
    public String sources() {
        return sources;
    }

    /** The confidence (a string). */
    public String confidence() {
        return confidence;
    }

    /** The links (an object), or null when the event has none. */
    public String links() {
        return links;
    }

    /** The event's data (an object). */
    public String data() {
        return data;
    }

    /** A JSON string literal, escaped as Jackson writes it. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, quoted);
        return quoted.append('"').toString();
    }

    /** Written through a tree, as {@link EventCodec#toJson} writes it (a tree normalises numbers, for one). */
    private static String part(EventCodec codec, Object value) {
        return codec.mapper().valueToTree(value).toString();
    }

    private static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) bytes++;
            else if (ch < 0x800) bytes += 2;
            else if (!Character.isSurrogate(ch)) bytes += 3;
            else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes++; // a lone surrogate is encoded as '?', as String.getBytes does
        }
        return bytes;
    }
}
