package io.negotiationtracker.projection.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.negotiationtracker.platform.jdbc.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Records the projection could not read, apply or render, with the reason, where they were on the topic and (when
 * readable) the event's version and position; each is sent to the dead-letter topic once, after its transaction
 * committed ({@code published}).
 */
@Controller("/api/dead-letters")
public class DeadLettersController {
    private final DataSource dataSource;

    public DeadLettersController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Map.of("deadLetters", Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select consumer, topic, partition, record_offset, record_key, payload, reason, recorded_at, "
                    + "event_version, event_position, published "
                    + "from projection.dead_letters order by id desc limit 500");
                 ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("consumer", rs.getString(1));
                    m.put("source", rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(4));
                    m.put("key", rs.getString(5));
                    m.put("payload", rs.getString(6));
                    m.put("reason", rs.getString(7));
                    m.put("recordedAt", rs.getTimestamp(8).toInstant().toString());
                    long version = rs.getLong(9);
                    if (!rs.wasNull()) m.put("version", version);
                    long position = rs.getLong(10);
                    if (!rs.wasNull()) m.put("position", position);
                    m.put("published", rs.getBoolean(11));
                    out.add(m);
                }
                return out;
            }
        }));
    }
}
