package io.negotiationtracker.platform.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;

/**
 * How the clients authenticate to a managed Kafka, in named settings an environment can set: {@code kafka.security.protocol}
 * ({@code KAFKA_SECURITY_PROTOCOL}), {@code kafka.sasl.*} ({@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG})
 * and {@code kafka.ssl.*} ({@code KAFKA_SSL_TRUSTSTORE_LOCATION}, ...). Each becomes the Kafka client property of the
 * same name; one left unset or blank is not passed, so Kafka's default applies (plain text).
 */
@ConfigurationProperties("kafka")
public record ClientSecurity(Security security, Sasl sasl, Ssl ssl) {
    static final ClientSecurity NONE = new ClientSecurity(
            new Security(null), new Sasl(null, null), new Ssl(null, null, null, null, null, null, null, null));

    /** {@code kafka.security.protocol}: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL. */
    @ConfigurationProperties("security")
    public record Security(@Nullable String protocol) {}

    /** {@code kafka.sasl.mechanism} (PLAIN, SCRAM-SHA-512, ...) and {@code kafka.sasl.jaas-config}. */
    @ConfigurationProperties("sasl")
    public record Sasl(@Nullable String mechanism, @Nullable String jaasConfig) {}

    /** {@code kafka.ssl.*}: the trust store (the brokers' CA), the key store (client certificates), host name checking. */
    @ConfigurationProperties("ssl")
    public record Ssl(
            @Nullable String truststoreLocation,
            @Nullable String truststorePassword,
            @Nullable String truststoreType,
            @Nullable String keystoreLocation,
            @Nullable String keystorePassword,
            @Nullable String keystoreType,
            @Nullable String keyPassword,
            @Nullable String endpointIdentificationAlgorithm) {}

    /** The Kafka client properties these settings name. */
    Map<String, Object> properties() {
        Map<String, Object> c = new HashMap<>();
        put(c, "security.protocol", security.protocol());
        put(c, "sasl.mechanism", sasl.mechanism());
        put(c, "sasl.jaas.config", sasl.jaasConfig());
        put(c, "ssl.truststore.location", ssl.truststoreLocation());
        put(c, "ssl.truststore.password", ssl.truststorePassword());
        put(c, "ssl.truststore.type", ssl.truststoreType());
        put(c, "ssl.keystore.location", ssl.keystoreLocation());
        put(c, "ssl.keystore.password", ssl.keystorePassword());
        put(c, "ssl.keystore.type", ssl.keystoreType());
        put(c, "ssl.key.password", ssl.keyPassword());
        // blank is meaningful here (no host name check), so only null means unset
        if (ssl.endpointIdentificationAlgorithm() != null)
            c.put("ssl.endpoint.identification.algorithm", ssl.endpointIdentificationAlgorithm());
        return c;
    }

    private static void put(Map<String, Object> c, String name, String value) {
        if (value != null && !value.isBlank()) c.put(name, value);
    }
}
