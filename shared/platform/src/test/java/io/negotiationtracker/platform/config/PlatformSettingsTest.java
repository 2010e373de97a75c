package io.negotiationtracker.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.negotiationtracker.platform.ClockSettings;
import io.negotiationtracker.platform.http.HttpSettings;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.loops.LoopSettings;
import io.negotiationtracker.platform.security.SecuritySettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's settings keep their property names and defaults (they were read with @Value before). */
class PlatformSettingsTest {
    @Test
    void unsetPropertiesTakeTheirDocumentedDefaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("kafka.bootstrap-servers", "broker:9092"))) {
            KafkaSettings kafka = context.getBean(KafkaSettings.class);
            assertThat(kafka.clientConfig()).containsEntry("bootstrap.servers", "broker:9092");
            assertThat(kafka.maxRequestSize()).isEqualTo(KafkaSettings.DEFAULT_MAX_REQUEST_SIZE);
            assertThat(kafka.topicMaxMessageBytes()).isEqualTo(KafkaSettings.DEFAULT_TOPIC_MAX_MESSAGE_BYTES);
            assertThat(context.getBean(LoopSettings.class))
                    .isEqualTo(new LoopSettings(Duration.ofSeconds(60), Duration.ofSeconds(5)));
            assertThat(context.getBean(HttpSettings.class).retryAfterSeconds()).isEqualTo(5);
            assertThat(context.getBean(SecuritySettings.class).maxTokenLifetime())
                    .isEqualTo(Duration.ofHours(24));
            assertThat(context.getBean(ClockSettings.class)).isEqualTo(new ClockSettings(null, "offset"));
        }
    }

    @Test
    void setPropertiesAreReadUnderTheirNames() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "kafka.bootstrap-servers",
                "broker:9092",
                "kafka.producer.max-request-size",
                2_000_000,
                "kafka.topic.max-message-bytes",
                2_000_100,
                "tracker.loops.stuck-after",
                "2m",
                "tracker.loops.recovered-after",
                "1s",
                "tracker.http.retry-after-seconds",
                9,
                "tracker.security.max-token-lifetime",
                "1h",
                "tracker.clock.at",
                "2025-06-17",
                "tracker.clock.mode",
                "fixed"))) {
            KafkaSettings kafka = context.getBean(KafkaSettings.class);
            assertThat(kafka.producerConfig()).containsEntry("max.request.size", 2_000_000);
            assertThat(kafka.topicMaxMessageBytes()).isEqualTo(2_000_100);
            assertThat(context.getBean(LoopSettings.class))
                    .isEqualTo(new LoopSettings(Duration.ofMinutes(2), Duration.ofSeconds(1)));
            assertThat(context.getBean(HttpSettings.class).retryAfterSeconds()).isEqualTo(9);
            assertThat(context.getBean(SecuritySettings.class).maxTokenLifetime())
                    .isEqualTo(Duration.ofHours(1));
            assertThat(context.getBean(ClockSettings.class)).isEqualTo(new ClockSettings("2025-06-17", "fixed"));
        }
    }
}
