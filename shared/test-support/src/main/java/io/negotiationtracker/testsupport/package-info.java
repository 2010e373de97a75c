/**
 * Real infrastructure, never mocks, for the services' tests and for the local run: an Apache Kafka broker in
 * KRaft mode ({@link io.negotiationtracker.testsupport.KafkaBroker}, in this JVM, or
 * {@link io.negotiationtracker.testsupport.KafkaBrokerMain} as a process of its own) and a PostgreSQL server
 * ({@link io.negotiationtracker.testsupport.Postgres}), both without Docker.
 * {@link io.negotiationtracker.testsupport.TestInfrastructure} gives a test JVM one of each, or containers when
 * Docker is there, or servers named by settings.
 */
package io.negotiationtracker.testsupport;
