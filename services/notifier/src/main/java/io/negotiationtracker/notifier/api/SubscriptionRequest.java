package io.negotiationtracker.notifier.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.notifier.webhooks.NewSubscription;
import io.negotiationtracker.notifier.webhooks.WebhookRefused;
import io.negotiationtracker.notifier.webhooks.WebhookTargets;
import io.negotiationtracker.platform.http.ProblemException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a POST /api/subscriptions body strictly: every problem is a 400 naming its field, except a well-formed url whose
 * host the SSRF guard refuses (a non-public address not allowed by the operator) or that does not resolve: 422 naming url.
 */
final class SubscriptionRequest {
    private static final Set<String> FIELDS =
            Set.of("url", "negotiationId", "kinds", "secret", "description", "policy", "filters");

    private SubscriptionRequest() {}

    static NewSubscription read(JsonNode body, WebhookTargets targets) {
        if (body == null || !body.isObject())
            throw ProblemException.badRequest(null, "the body must be a JSON object with url and secret");
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f))
                throw ProblemException.badRequest(
                        f,
                        f + " is not a field of a subscription (expected "
                                + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        });
        String url = text(body, "url", true);
        try {
            url = targets.resolve(url).uri().toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("url", e.getMessage());
        } catch (WebhookRefused e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), "url", null);
        } catch (UnknownHostException e) {
            throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "url host does not resolve: " + e.getMessage(), "url", null);
        }
        String secret = text(body, "secret", true);
        if (secret.length() < 16 || secret.length() > 256)
            throw ProblemException.badRequest("secret", "secret must be 16 to 256 characters long");
        String negotiationId = text(body, "negotiationId", false);
        if (negotiationId != null && !Require.isSlug(negotiationId))
            throw ProblemException.badRequest(
                    "negotiationId",
                    "'" + negotiationId + "' is not a valid negotiation id: lower-case letters, digits and '-'");
        String description = text(body, "description", false);
        if (description != null && description.length() > 500)
            throw ProblemException.badRequest("description", "description is longer than 500 characters");
        return new NewSubscription(url, negotiationId, kinds(body.get("kinds")), secret, description);
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) throw ProblemException.badRequest(field, field + " is required");
            return null;
        }
        if (!v.isTextual()) throw ProblemException.badRequest(field, field + " must be a string");
        return v.asText().strip();
    }

    private static List<String> kinds(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (!v.isArray() || v.isEmpty())
            throw ProblemException.badRequest(
                    "kinds", "kinds must be a non-empty array of " + AlertKind.wireNames() + ", or left out for all");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode k = v.get(i);
            if (!k.isTextual() || AlertKind.fromWire(k.asText()).isEmpty())
                throw ProblemException.badRequest(
                        "kinds[" + i + "]", "kinds[" + i + "] must be one of " + AlertKind.wireNames());
            out.add(k.asText());
        }
        return new ArrayList<>(out);
    }
}
