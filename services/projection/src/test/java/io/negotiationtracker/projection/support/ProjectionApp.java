package io.negotiationtracker.projection.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.util.HashMap;
import java.util.Map;

/** Settings and start-up of the projection service against the test broker and a test database. */
public final class ProjectionApp {
    private ProjectionApp() {}

    /** Today is 2025-06-17 (fixed), as in the demo. */
    public static Map<String, Object> properties(String jdbcUrl, String topic) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("datasources.default.url", jdbcUrl);
        p.put("datasources.default.username", TestInfrastructure.jdbcUser());
        p.put("datasources.default.password", TestInfrastructure.jdbcPassword());
        p.put("kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        p.put("tracker.topic", topic);
        p.put("tracker.dead-letter-topic", topic + ".dlq");
        p.put("tracker.clock.at", "2025-06-17T10:00:00Z");
        p.put("tracker.clock.mode", "fixed");
        return p;
    }

    public static EmbeddedServer start(String jdbcUrl, String topic, Map<String, Object> extra) {
        Map<String, Object> p = properties(jdbcUrl, topic);
        p.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, p);
    }
}
