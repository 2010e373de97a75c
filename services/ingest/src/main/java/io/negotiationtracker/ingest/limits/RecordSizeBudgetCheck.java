package io.negotiationtracker.ingest.limits;

import io.micronaut.context.annotation.Context;
import io.negotiationtracker.platform.kafka.KafkaSettings;

/** Runs {@link RecordSizeBudget} when the service starts: a limit the relay could not honour stops the start. */
@Context
public class RecordSizeBudgetCheck {
    public RecordSizeBudgetCheck(IngestLimits limits, KafkaSettings kafka) {
        RecordSizeBudget.check(limits.getMaxEventBytes(), kafka.maxRequestSize(), kafka.topicMaxMessageBytes());
    }
}
