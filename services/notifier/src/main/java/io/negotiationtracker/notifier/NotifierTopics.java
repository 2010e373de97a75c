package io.negotiationtracker.notifier;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The notifier's topics: the events it reads ({@code tracker.topic}, in group {@code tracker.consumer-group}, records it
 * cannot apply go to {@code tracker.dead-letter-topic}) and the alerts it publishes ({@code tracker.alerts-topic},
 * created with {@code kafka.topic.*}).
 */
@ConfigurationProperties("tracker")
public record NotifierTopics(String topic, String consumerGroup, String deadLetterTopic, String alertsTopic) {}
