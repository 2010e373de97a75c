package io.negotiationtracker.notifier.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.alerts.AlertInterest;
import io.negotiationtracker.domain.alerts.AlertPolicy;
import io.negotiationtracker.domain.alerts.TopicFilter;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.platform.http.ProblemException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads what a subscription follows: {@code policy} (see {@link PolicyJson}; default legal deadlines only) and
 * {@code filters} ({@code parties}, {@code issues}, {@code measures}, {@code products} as HS heading prefixes,
 * {@code deadlines}). Malformed input is a 400; an issue, measure or deadline the negotiation does not have, or a
 * horizon the notifier does not raise, is a 422; both name the field.
 */
final class InterestRequest {
    static final List<String> FILTERS = List.of("parties", "issues", "measures", "products", "deadlines");

    private InterestRequest() {}

    /** {@code negotiation} folds the subscription's negotiation (null when it names none) only when a filter needs it. */
    static AlertInterest read(
            JsonNode body, String negotiationId, List<Integer> raisedHorizons, Supplier<NegotiationState> negotiation) {
        AlertPolicy policy = PolicyJson.read(body.get("policy"), "policy");
        for (int i = 0; i < policy.horizonsDays().size(); i++) {
            int h = policy.horizonsDays().get(i);
            if (!raisedHorizons.contains(h))
                throw unprocessable(
                        "policy.horizonsDays",
                        "policy.horizonsDays: the notifier raises approaching alerts at " + raisedHorizons.reversed()
                                + " days only, not " + h);
        }
        JsonNode f = body.get("filters");
        if (f == null || f.isNull()) return new AlertInterest(policy, TopicFilter.ANY);
        if (!f.isObject())
            throw ProblemException.badRequest("filters", "filters must be a JSON object with any of " + FILTERS);
        f.fieldNames().forEachRemaining(name -> {
            if (!FILTERS.contains(name))
                throw ProblemException.badRequest(
                        "filters." + name, name + " is not a filter (expected " + String.join(", ", FILTERS) + ")");
        });
        Set<String> parties =
                strings(f, "parties", s -> s.matches("[A-Z]{2,10}") ? null : "must be a party code such as JP or US");
        Set<String> products = strings(
                f,
                "products",
                s -> s.matches("\\d{2}(\\.?\\d{1,2}){0,4}")
                        ? null
                        : "must be an HS heading or code such as 87, 8703 or 8703.23");
        Set<String> issues = strings(f, "issues", s -> Require.isSlug(s) ? null : "must be an issue id");
        Set<String> measures = strings(f, "measures", s -> Require.isSlug(s) ? null : "must be a measure id");
        Set<String> deadlines = strings(f, "deadlines", s -> Require.isSlug(s) ? null : "must be a deadline id");
        if (!issues.isEmpty() || !measures.isEmpty() || !deadlines.isEmpty()) {
            String first = !issues.isEmpty() ? "issues" : !measures.isEmpty() ? "measures" : "deadlines";
            if (negotiationId == null)
                throw unprocessable(
                        "filters." + first,
                        "filters." + first + " names ids of one negotiation: give negotiationId too");
            NegotiationState s = negotiation.get();
            known(issues, s.issues(), "issues", negotiationId);
            known(measures, s.tariffs(), "measures", negotiationId);
            known(deadlines, s.deadlines(), "deadlines", negotiationId);
        }
        return new AlertInterest(policy, new TopicFilter(parties, issues, measures, products, deadlines));
    }

    private static void known(Set<String> ids, Map<String, ?> existing, String field, String negotiationId) {
        int i = 0;
        for (String id : ids) {
            if (!existing.containsKey(id))
                throw unprocessable(
                        "filters." + field + "[" + i + "]",
                        "filters." + field + "[" + i + "]: negotiation '" + negotiationId + "' has no "
                                + field.substring(0, field.length() - 1) + " '" + id + "'"
                                + (existing.isEmpty() ? "" : " (it has " + existing.keySet() + ")"));
            i++;
        }
    }

    private static Set<String> strings(JsonNode f, String field, Function<String, String> problem) {
        JsonNode v = f.get(field);
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray() || v.size() > 100)
            throw ProblemException.badRequest(
                    "filters." + field, "filters." + field + " must be an array of at most 100 strings");
        for (int i = 0; i < v.size(); i++) {
            String name = "filters." + field + "[" + i + "]";
            if (!v.get(i).isTextual()) throw ProblemException.badRequest(name, name + " must be a string");
            String wrong = problem.apply(v.get(i).asText());
            if (wrong != null) throw ProblemException.badRequest(name, name + " " + wrong);
            out.add(v.get(i).asText());
        }
        return out;
    }

    private static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detail, field, null);
    }
}
