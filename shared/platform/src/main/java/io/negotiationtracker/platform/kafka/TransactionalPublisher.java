package io.negotiationtracker.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a relay publishes with: each batch in ONE Kafka transaction, so a batch lands whole or not at all. A record
 * that fails (too large, ...) aborts its batch: no later record of the batch becomes visible, hence no record is ever
 * committed after one that was not, and the relay's restart rule (skip what the topic's tail holds) cannot skip an
 * unpublished record. The {@code transactional.id} is stable per relay: when another instance's publisher initialises
 * with it, the broker fences this one, whose next send or commit fails with {@link PublisherDeposed}.
 * Read with {@code isolation.level=read_committed} (aborted records stay in the log, invisible to such readers).
 */
public final class TransactionalPublisher implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    private final Duration ackTimeout;
    private final KafkaClientMetrics clientMetrics;

    private TransactionalPublisher(
            KafkaProducer<String, String> producer, Duration ackTimeout, KafkaClientMetrics clientMetrics) {
        this.producer = producer;
        this.ackTimeout = ackTimeout;
        this.clientMetrics = clientMetrics;
    }

    /** As {@link #open(KafkaSettings, String)}, with the producer's own metrics (Kafka's) in {@code meters} while open. */
    public static TransactionalPublisher open(KafkaSettings kafka, String transactionalId, MeterRegistry meters) {
        TransactionalPublisher publisher = open(kafka, transactionalId);
        KafkaClientMetrics metrics = new KafkaClientMetrics(publisher.producer);
        metrics.bindTo(meters);
        return new TransactionalPublisher(publisher.producer, publisher.ackTimeout, metrics);
    }

    /** Opens the producer and initialises its transactions, fencing any older producer of the same id. */
    public static TransactionalPublisher open(KafkaSettings kafka, String transactionalId) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(
                kafka.transactionalProducerConfig(transactionalId), new StringSerializer(), new StringSerializer());
        try {
            producer.initTransactions();
            return new TransactionalPublisher(producer, Duration.ofSeconds(10), null);
        } catch (RuntimeException e) {
            producer.close(Duration.ofSeconds(2));
            throw e;
        }
    }

    /**
     * Publishes the batch in one transaction and waits (at most {@code ackTimeout}) for every record and the commit. On
     * a record's failure the transaction is aborted; on a timeout (broker away) it is left to the broker, which aborts
     * it when the next publisher of this id initialises: close this publisher and open a new one after any failure.
     */
    public void publish(List<ProducerRecord<String, String>> records) {
        if (records.isEmpty()) return;
        try {
            producer.beginTransaction();
            List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
            long deadline = System.nanoTime() + ackTimeout.toNanos();
            for (int i = 0; i < records.size(); i++) {
                try {
                    sends.add(producer.send(records.get(i)));
                } catch (KafkaException e) {
                    if (e instanceof ProducerFencedException || e instanceof InvalidProducerEpochException) throw e;
                    // the transaction is in an error state: an earlier send failed (the culprit), or this record did
                    PublishFailed earlier = firstFailure(sends, deadline);
                    abortUnlessTimedOut(earlier);
                    throw earlier != null && earlier.index() >= 0 ? earlier : new PublishFailed(i, isPermanent(e), e);
                }
            }
            PublishFailed failed = firstFailure(sends, deadline);
            if (failed != null) {
                abortUnlessTimedOut(failed);
                throw failed;
            }
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            throw new PublisherDeposed(e);
        } catch (PublishFailed | PublisherDeposed e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ProducerFencedException
                    || e.getCause() instanceof InvalidProducerEpochException) throw new PublisherDeposed(e.getCause());
            throw new PublishFailed(-1, false, e);
        }
    }

    private static PublishFailed firstFailure(List<Future<RecordMetadata>> sends, long deadline) {
        PublishFailed aborted = null;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new PublishFailed(-1, false, e);
            } catch (TimeoutException e) {
                return new PublishFailed(i, false, e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException)
                    throw new PublisherDeposed(cause);
                // later sends of an aborting transaction fail because an earlier one did: the earlier one is the
                // culprit
                if (cause instanceof TransactionAbortedException) {
                    if (aborted == null) aborted = new PublishFailed(-1, false, cause);
                    continue;
                }
                return new PublishFailed(i, isPermanent(cause), cause);
            }
        }
        return aborted;
    }

    private void abortUnlessTimedOut(PublishFailed failure) {
        if (failure != null
                && (failure.getCause() instanceof TimeoutException
                        || failure.getCause() instanceof org.apache.kafka.common.errors.TimeoutException)) return;
        abort();
    }

    /** Retrying cannot help: the broker or the client refuses the record itself (too large, invalid, not allowed). */
    static boolean isPermanent(Throwable cause) {
        if (cause instanceof RetriableException) return false;
        if (cause instanceof OutOfOrderSequenceException) return false;
        return cause instanceof org.apache.kafka.common.errors.ApiException || cause instanceof AuthorizationException;
    }

    private void abort() {
        try {
            producer.abortTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            throw new PublisherDeposed(e);
        } catch (RuntimeException e) {
            // a fatal state: the caller closes this publisher and opens a new one, which aborts what is left
        }
    }

    @Override
    public void close() {
        if (clientMetrics != null) clientMetrics.close();
        producer.close(Duration.ofSeconds(2));
    }
}
