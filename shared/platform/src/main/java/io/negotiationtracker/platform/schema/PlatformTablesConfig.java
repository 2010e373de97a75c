package io.negotiationtracker.platform.schema;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code tracker.platform-tables.schema}: the service schema that holds the platform's tables (set by the services that consume Kafka). */
@ConfigurationProperties("tracker.platform-tables")
public record PlatformTablesConfig(String schema) {}
