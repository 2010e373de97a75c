package io.negotiationtracker.notifier.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.NotifierTopics;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.outbox.OutboxRelay;
import io.negotiationtracker.platform.outbox.OutboxTopic;
import io.negotiationtracker.platform.outbox.RelaySettings;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Publishes the alerts to negotiation.alerts.v1 in seq order with the platform's {@link OutboxRelay}, then marks them
 * published. An alert is only ever written to PostgreSQL by the code that raises it (no dual write); this relay is the
 * only publisher, exactly once across restarts and leader changes. A failing batch makes the loop report failing
 * (readiness DOWN), since alerts then stop reaching the topic.
 */
@Context
public class AlertRelay {
    private final OutboxRelay<PendingAlert> relay;

    public AlertRelay(
            DataSource dataSource,
            AlertSignal signal,
            KafkaSettings kafka,
            EventCodec codec,
            MeterRegistry meters,
            NotifierTopics topics) {
        var topic =
                new OutboxTopic(topics.alertsTopic(), kafka.topic().partitions(), Map.of(), AlertRecords.SEQ_HEADER);
        var settings = new RelaySettings(
                "alert-relay",
                "notifier-alert-relay",
                "notifier-alert-relay:" + topics.alertsTopic(),
                topic,
                "notifier.outbox",
                true,
                LoggerFactory.getLogger(AlertRelay.class));
        this.relay = new OutboxRelay<>(dataSource, kafka, meters, settings, new AlertOutbox(dataSource, signal, codec));
        Gauge.builder("notifier.outbox.backlog", relay, OutboxRelay::lag)
                .description("alerts not yet published to the alerts topic")
                .register(meters);
    }

    /** Alerts not yet on the topic; -1 while unknown (before the relay first looked). */
    public long backlog() {
        return relay.lag();
    }

    @PreDestroy
    void stop() {
        relay.close();
    }
}
