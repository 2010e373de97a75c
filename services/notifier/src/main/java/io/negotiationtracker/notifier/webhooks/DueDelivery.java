package io.negotiationtracker.notifier.webhooks;

import java.net.URI;

/** A delivery claimed for one attempt: where to send it, how to sign it, and what. */
public record DueDelivery(long id, long alertSeq, String kind, int attempt, URI url, String secret, String body) {}
