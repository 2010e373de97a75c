package io.negotiationtracker.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.management.health.indicator.HealthResult;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The topics the services create get the layout of {@code kafka.topic.*}, the dead-letter topics too (created at the
 * consumer's first turn, not auto-created by the broker when the first dead letter is sent); a topic that exists with
 * fewer replicas than configured is reported (health detail) and left as it is.
 */
class TopicLayoutTest {
    private static final KafkaSettings.Topic THREE_PARTITIONS =
            new KafkaSettings.Topic(KafkaSettings.DEFAULT_TOPIC_MAX_MESSAGE_BYTES, 3, (short) 1, 1);

    @Test
    void theDeadLetterTopicIsCreatedWithTheTopicSettingsAtTheConsumersFirstTurn() throws Exception {
        KafkaSettings kafka = settings(THREE_PARTITIONS);
        try (ConsumerFixture f = new ConsumerFixture("dlq-layout", 1);
                Admin admin = Admin.create(kafka.clientConfig())) {
            String dlq = f.topic + ".dlq";
            DeadLetters deadLetters = new DeadLetters(f.producer, dlq, "consumed", kafka);
            assertThat(admin.listTopics().names().get(15, TimeUnit.SECONDS)).doesNotContain(dlq);

            assertThat(deadLetters.publishPending(f.dataSource, "layout")).isZero(); // nothing to send, topic made

            assertThat(describe(admin, dlq).partitions()).hasSize(3);
            var configs = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, dlq)))
                    .all()
                    .get(15, TimeUnit.SECONDS)
                    .values()
                    .iterator()
                    .next();
            assertThat(configs.get("min.insync.replicas").source())
                    .as("min.insync.replicas set on the topic, not inherited")
                    .isEqualTo(org.apache.kafka.clients.admin.ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            assertThat(configs.get("max.message.bytes").value())
                    .isEqualTo(Integer.toString(KafkaSettings.DEFAULT_TOPIC_MAX_MESSAGE_BYTES));
        }
    }

    @Test
    void anExistingTopicWithFewerReplicasThanConfiguredIsReportedAndLeftAsItIs() throws Exception {
        String topic = TestInfrastructure.newTopicName("below-rf");
        TestInfrastructure.createTopic(topic, 2); // one replica: the test broker is a single node
        KafkaSettings kafka =
                settings(new KafkaSettings.Topic(KafkaSettings.DEFAULT_TOPIC_MAX_MESSAGE_BYTES, 6, (short) 3, 2));

        assertThat(Topics.ensure(kafka, topic, 6, Map.of()))
                .as("its partitions, as it is")
                .isEqualTo(2);

        assertThat(TopicReplication.belowConfigured()).containsEntry(topic, 1);
        HealthResult health = first(new TopicReplicationHealth(kafka).getResult());
        assertThat(health.getStatus().getName()).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) health.getDetails();
        assertThat(details).containsEntry("replicationFactor", 3);
        assertThat(details.get("belowReplicationFactor")).isEqualTo(TopicReplication.belowConfigured());
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            TopicDescription still = describe(admin, topic);
            assertThat(still.partitions()).hasSize(2);
            assertThat(still.partitions().get(0).replicas()).hasSize(1);
        }
    }

    /** The one result of a health indicator (its publisher answers at once). */
    private static HealthResult first(Publisher<HealthResult> publisher) {
        AtomicReference<HealthResult> result = new AtomicReference<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(HealthResult r) {
                result.set(r);
            }

            @Override
            public void onError(Throwable t) {
                throw new AssertionError(t);
            }

            @Override
            public void onComplete() {}
        });
        assertThat(result.get()).as("the health result").isNotNull();
        return result.get();
    }

    private static TopicDescription describe(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get(15, TimeUnit.SECONDS)
                .get(topic);
    }

    private static KafkaSettings settings(KafkaSettings.Topic layout) {
        return new KafkaSettings(
                TestInfrastructure.kafkaBootstrapServers(),
                new KafkaSettings.Producer(KafkaSettings.DEFAULT_MAX_REQUEST_SIZE),
                layout,
                ClientSecurity.NONE,
                Map.of());
    }
}
