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
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.TimeScanner;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.notifier.topics.TopicJson;
import io.negotiationtracker.notifier.topics.TopicStore;
import io.negotiationtracker.notifier.webhooks.DeliveryStore;
import io.negotiationtracker.notifier.webhooks.DeliveryView;
import io.negotiationtracker.notifier.webhooks.Subscription;
import io.negotiationtracker.notifier.webhooks.SubscriptionStore;
import io.negotiationtracker.notifier.webhooks.WebhookTargets;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Webhook subscriptions, what each follows (policy and topic filter), and their deliveries. The secret goes in, never out. */
@Controller("/api/subscriptions")
@Tag(name = "subscriptions")
public class SubscriptionsController {
    private static final Set<String> STATUSES = Set.of("pending", "delivered", "dead", "cancelled");

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookTargets targets;
    private final EventCodec codec;
    private final TopicStore topics;
    private final EventLog log;
    private final TimeScanner scanner;

    public SubscriptionsController(
            SubscriptionStore subscriptions,
            DeliveryStore deliveries,
            WebhookTargets targets,
            EventCodec codec,
            TopicStore topics,
            EventLog log,
            TimeScanner scanner) {
        this.topics = topics;
        this.log = log;
        this.scanner = scanner;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.codec = codec;
    }

    /** Checks everything (webhook, policy, filters) before anything is written; then the subscription and what it follows in one transaction. */
    @Operation(
            operationId = "createWebhookSubscription",
            summary =
                    "Subscribe a webhook (url, secret) to alerts, with a policy and filters; everything is checked before anything is written")
    @ApiResponse(
            responseCode = "201",
            description = "the subscription (without its secret); Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> create(@Body String body) {
        if (body == null || body.isBlank())
            throw ProblemException.badRequest(null, "the body is empty: send {\"url\": ..., \"secret\": ...}");
        var json = codec.parse(body);
        var webhook = SubscriptionRequest.read(json, targets);
        var interest = InterestRequest.read(
                json,
                webhook.negotiationId(),
                scanner.horizons(),
                () -> Evolve.fold(webhook.negotiationId(), log.of(webhook.negotiationId())));
        UUID id = topics.create(webhook, interest);
        return HttpResponse.created(view(subscriptions.find(id).orElseThrow()), URI.create("/api/subscriptions/" + id));
    }

    @Operation(operationId = "listWebhookSubscriptions", summary = "Every webhook subscription (without secrets)")
    @ApiResponse(
            responseCode = "200",
            description = "{subscriptions: [...]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.Unavailable
    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, List<Map<String, Object>>> list() {
        return Map.of(
                "subscriptions", subscriptions.list().stream().map(this::view).toList());
    }

    @Operation(operationId = "getWebhookSubscription", summary = "One webhook subscription with its policy and filters")
    @ApiResponse(
            responseCode = "200",
            description = "the subscription (without its secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@Parameter(description = "the subscription's id (a UUID)") @PathVariable String id) {
        return view(subscriptions.find(uuid(id)).orElseThrow(() -> ProblemException.notFound("no subscription " + id)));
    }

    /** The subscription with its policy and filters (absent for one created before policies: it receives every alert its negotiation and kinds allow). */
    private Map<String, Object> view(Subscription s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("url", s.url());
        if (s.negotiationId() != null) out.put("negotiationId", s.negotiationId());
        if (s.kinds() != null) out.put("kinds", s.kinds());
        if (s.description() != null) out.put("description", s.description());
        topics.interest(s.id()).ifPresent(i -> {
            out.put("policy", codec.mapper().convertValue(TopicJson.policy(i.policy()), Map.class));
            out.put("filters", codec.mapper().convertValue(TopicJson.filter(i.filter()), Map.class));
        });
        out.put("createdAt", s.createdAt());
        return out;
    }

    @Operation(
            operationId = "deleteWebhookSubscription",
            summary = "End a webhook subscription (pending deliveries are cancelled)")
    @ApiResponse(responseCode = "204", description = "deleted")
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Delete(uri = "/{id}")
    public HttpResponse<Void> delete(
            @Parameter(description = "the subscription's id (a UUID)") @PathVariable String id) {
        if (!subscriptions.delete(uuid(id))) throw ProblemException.notFound("no subscription " + id);
        return HttpResponse.noContent();
    }

    /** Deliveries with every attempt; {@code status=dead} lists what gave up. Page on with {@code after=<last id>}. */
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The subscription's deliveries with every attempt; status=dead lists what gave up")
    @ApiResponse(
            responseCode = "200",
            description = "{deliveries: [...]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/{id}/deliveries", produces = MediaType.APPLICATION_JSON)
    public Map<String, List<DeliveryView>> deliveries(
            @Parameter(description = "the subscription's id (a UUID)") @PathVariable String id,
            @Parameter(description = "only deliveries in this state: pending, delivered, dead or cancelled")
                    @Nullable
                    @QueryValue
                    String status,
            @Parameter(description = "only deliveries after this id (paging)") @Nullable @QueryValue Long after,
            @Parameter(description = "at most this many deliveries") @Nullable @QueryValue Integer limit) {
        UUID subscription = uuid(id);
        if (status != null && !STATUSES.contains(status))
            throw ProblemException.badRequest(
                    "status",
                    "status must be one of " + STATUSES.stream().sorted().toList());
        if (!subscriptions.known(subscription)) throw ProblemException.notFound("no subscription " + id);
        return Map.of(
                "deliveries",
                deliveries.list(subscription, status, AlertQuery.after(after, "after"), AlertQuery.limit(limit)));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", "'" + id + "' is not a subscription id (a UUID)");
        }
    }
}
