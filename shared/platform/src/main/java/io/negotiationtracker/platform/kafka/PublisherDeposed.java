package io.negotiationtracker.platform.kafka;

/** Another producer with the same transactional.id took over (a new relay leader): this one must stop publishing. */
public class PublisherDeposed extends RuntimeException {
    public PublisherDeposed(Throwable cause) {
        super("another publisher took over this relay's transactional.id: " + PublishFailed.describe(cause), cause);
    }
}
