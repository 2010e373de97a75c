package io.negotiationtracker.notifier.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.webhooks.DeliveryStore;
import io.negotiationtracker.notifier.webhooks.DeliveryView;
import io.negotiationtracker.notifier.webhooks.Subscription;
import io.negotiationtracker.notifier.webhooks.SubscriptionStore;
import io.negotiationtracker.notifier.webhooks.WebhookTargets;
import io.negotiationtracker.platform.http.ProblemException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Webhook subscriptions and their deliveries. The secret goes in, never out. */
@Controller("/api/subscriptions")
public class SubscriptionsController {
    private static final Set<String> STATUSES = Set.of("pending", "delivered", "dead", "cancelled");

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookTargets targets;
    private final EventCodec codec;

    public SubscriptionsController(SubscriptionStore subscriptions, DeliveryStore deliveries, WebhookTargets targets, EventCodec codec) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.codec = codec;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Subscription> create(@Body String body) {
        if (body == null || body.isBlank()) throw ProblemException.badRequest(null, "the body is empty: send {\"url\": ..., \"secret\": ...}");
        Subscription created = subscriptions.create(SubscriptionRequest.read(codec.parse(body), targets));
        return HttpResponse.created(created, URI.create("/api/subscriptions/" + created.id()));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, List<Subscription>> list() {
        return Map.of("subscriptions", subscriptions.list());
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public Subscription get(@PathVariable String id) {
        return subscriptions.find(uuid(id)).orElseThrow(() -> ProblemException.notFound("no subscription " + id));
    }

    @Delete(uri = "/{id}")
    public HttpResponse<Void> delete(@PathVariable String id) {
        if (!subscriptions.delete(uuid(id))) throw ProblemException.notFound("no subscription " + id);
        return HttpResponse.noContent();
    }

    /** Deliveries with every attempt; {@code status=dead} lists what gave up. Page on with {@code after=<last id>}. */
    @Get(uri = "/{id}/deliveries", produces = MediaType.APPLICATION_JSON)
    public Map<String, List<DeliveryView>> deliveries(@PathVariable String id, @Nullable @QueryValue String status, @Nullable @QueryValue Long after,
                                                      @Nullable @QueryValue Integer limit) {
        UUID subscription = uuid(id);
        if (status != null && !STATUSES.contains(status)) throw ProblemException.badRequest("status", "status must be one of " + STATUSES.stream().sorted().toList());
        if (!subscriptions.known(subscription)) throw ProblemException.notFound("no subscription " + id);
        return Map.of("deliveries", deliveries.list(subscription, status, AlertQuery.after(after, "after"), AlertQuery.limit(limit)));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", "'" + id + "' is not a subscription id (a UUID)");
        }
    }
}
