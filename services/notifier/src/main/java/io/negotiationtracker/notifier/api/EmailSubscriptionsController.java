package io.negotiationtracker.notifier.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.TimeScanner;
import io.negotiationtracker.notifier.email.EmailStore;
import io.negotiationtracker.notifier.email.EmailSubscription;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.notifier.topics.TopicJson;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Email subscriptions (under /api/subscriptions, so they need the writer role like webhooks) and their deliveries. */
@Controller("/api/subscriptions/email")
@Tag(name = "subscriptions")
public class EmailSubscriptionsController {
    private static final Set<String> FIELDS = Set.of("address", "negotiationId", "description", "policy", "filters");
    private static final Set<String> STATUSES = Set.of("pending", "delivered", "dead", "cancelled");

    private final EmailStore store;
    private final EventCodec codec;
    private final EventLog log;
    private final TimeScanner scanner;

    public EmailSubscriptionsController(EmailStore store, EventCodec codec, EventLog log, TimeScanner scanner) {
        this.store = store;
        this.codec = codec;
        this.log = log;
        this.scanner = scanner;
    }

    /** Everything is checked before anything is written: a bad address, policy or filter is a 400/422 naming the field. */
    @Operation(
            operationId = "createEmailSubscription",
            summary =
                    "Subscribe an email address to alerts, with a policy and filters; everything is checked before anything is written")
    @ApiResponse(
            responseCode = "201",
            description = "the subscription; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> create(@Body String body) {
        if (body == null || body.isBlank())
            throw ProblemException.badRequest(null, "the body is empty: send {\"address\": ...}");
        JsonNode json = codec.parse(body);
        if (!json.isObject()) throw ProblemException.badRequest(null, "the body must be a JSON object with address");
        json.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f))
                throw ProblemException.badRequest(
                        f,
                        f + " is not a field of an email subscription (expected "
                                + FIELDS.stream().sorted().toList() + ")");
        });
        String address = address(json.path("address"));
        String negotiationId =
                json.hasNonNull("negotiationId") ? json.get("negotiationId").asText() : null;
        if (negotiationId != null && !Require.isSlug(negotiationId))
            throw ProblemException.badRequest(
                    "negotiationId",
                    "'" + negotiationId + "' is not a valid negotiation id: lower-case letters, digits and '-'");
        String description =
                json.hasNonNull("description") ? json.get("description").asText() : null;
        if (description != null && description.length() > 500)
            throw ProblemException.badRequest("description", "description is longer than 500 characters");
        var interest = InterestRequest.read(
                json, negotiationId, scanner.horizons(), () -> Evolve.fold(negotiationId, log.of(negotiationId)));
        EmailSubscription created = store.create(address, negotiationId, interest, description);
        return HttpResponse.created(view(created), URI.create("/api/subscriptions/email/" + created.id()));
    }

    @Operation(operationId = "getEmailSubscription", summary = "One email subscription with its policy and filters")
    @ApiResponse(
            responseCode = "200",
            description = "the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> get(
            @Parameter(description = "the email subscription's id (a UUID)") @PathVariable String id) {
        return view(store.find(uuid(id)).orElseThrow(() -> ProblemException.notFound("no email subscription " + id)));
    }

    @Operation(operationId = "deleteEmailSubscription", summary = "End an email subscription")
    @ApiResponse(responseCode = "204", description = "deleted")
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Delete(uri = "/{id}")
    public HttpResponse<Void> delete(
            @Parameter(description = "the email subscription's id (a UUID)") @PathVariable String id) {
        if (!store.delete(uuid(id))) throw ProblemException.notFound("no email subscription " + id);
        return HttpResponse.noContent();
    }

    @Operation(operationId = "listEmailDeliveries", summary = "The email subscription's deliveries with every attempt")
    @ApiResponse(
            responseCode = "200",
            description = "{deliveries: [...]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.Unavailable
    @Get(uri = "/{id}/deliveries", produces = MediaType.APPLICATION_JSON)
    public Map<String, List<Map<String, Object>>> deliveries(
            @Parameter(description = "the email subscription's id (a UUID)") @PathVariable String id,
            @Parameter(description = "only deliveries in this state: pending, delivered, dead or cancelled")
                    @Nullable
                    @QueryValue
                    String status) {
        if (status != null && !STATUSES.contains(status))
            throw ProblemException.badRequest(
                    "status",
                    "status must be one of " + STATUSES.stream().sorted().toList());
        return Map.of("deliveries", store.deliveries(uuid(id), status));
    }

    private static String address(JsonNode v) {
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank()))
            throw ProblemException.badRequest("address", "address is required");
        if (!v.isTextual() || v.asText().length() > 254)
            throw ProblemException.badRequest("address", "address must be an email address of at most 254 characters");
        try {
            InternetAddress parsed = new InternetAddress(v.asText().strip(), true);
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@"))
                throw new AddressException("give the address alone, e.g. desk@example.org");
            return parsed.getAddress();
        } catch (AddressException e) {
            throw ProblemException.badRequest(
                    "address", "address '" + v.asText() + "' does not parse: " + e.getMessage());
        }
    }

    private Map<String, Object> view(EmailSubscription s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("address", s.address());
        if (s.negotiationId() != null) out.put("negotiationId", s.negotiationId());
        if (s.description() != null) out.put("description", s.description());
        out.put(
                "policy",
                codec.mapper().convertValue(TopicJson.policy(s.interest().policy()), Map.class));
        out.put(
                "filters",
                codec.mapper().convertValue(TopicJson.filter(s.interest().filter()), Map.class));
        out.put("createdAt", s.createdAt());
        return out;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", "'" + id + "' is not a subscription id (a UUID)");
        }
    }
}
