package io.negotiationtracker.projection.consume;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the projection reads and what it is called (tracker.topic, tracker.consumer-group, tracker.dead-letter-topic).
 * None has a default: a service guessing the topic it reads or the group it resumes as must not start.
 */
@ConfigurationProperties("tracker")
public record TopicSettings(String topic, String consumerGroup, String deadLetterTopic) {
    public TopicSettings {
        required(topic, "tracker.topic");
        required(consumerGroup, "tracker.consumer-group");
        required(deadLetterTopic, "tracker.dead-letter-topic");
    }

    private static void required(String value, String property) {
        if (value == null) throw new IllegalStateException(property + " must be set");
    }
}
