package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** One readable line per stored event: position, date, negotiation and version, what happened, source and confidence. */
final class EventText {
    private EventText() {}

    static String line(JsonNode e) {
        JsonNode source = e.path("source");
        int count = e.path("sources").size();
        String cited = String.join(
                ", ",
                java.util.stream.Stream.of(
                                text(source, "publisher") + (count > 1 ? " +" + (count - 1) : ""),
                                text(e, "confidence"))
                        .filter(s -> !s.isEmpty())
                        .toList());
        return String.format(
                "#%-6d %-10s %s v%d  %s%s",
                e.path("position").asLong(),
                text(e, "occurredOn"),
                text(e, "negotiationId"),
                e.path("version").asLong(),
                describe(text(e, "type"), e.path("data")),
                cited.isEmpty() ? "" : "  [" + cited + "]");
    }

    static String describe(String type, JsonNode d) {
        return switch (type) {
            case "NegotiationOpened" -> "opened: " + text(d, "title");
            case "RoundHeld" ->
                text(d, "level") + " round"
                        + (d.hasNonNull("roundNumber")
                                ? " " + d.get("roundNumber").asInt()
                                : "") + (d.hasNonNull("location") ? " in " + text(d, "location") : "")
                        + (d.hasNonNull("outcome") ? " (" + text(d, "outcome") + ")" : "");
            case "RoundCancelled" -> "round cancelled: " + text(d, "roundId");
            case "IssueOpened" -> "issue opened: " + text(d, "title");
            case "IssueClosed" -> "issue closed: " + text(d, "issueId") + " (" + text(d, "outcome") + ")";
            case "TariffImposed", "TariffThreatened", "TariffChanged", "TariffAnnounced", "TariffSuspended" ->
                type.substring(6).toLowerCase() + " tariff "
                        + text(d, "measureId") + ": " + ("up_to".equals(text(d, "rateQualifier")) ? "up to " : "")
                        + (d.hasNonNull("ratePercent")
                                ? d.get("ratePercent")
                                                .decimalValue()
                                                .stripTrailingZeros()
                                                .toPlainString() + "%"
                                : "rate not given")
                        + (d.hasNonNull("product") ? " on " + text(d, "product") : "")
                        + (d.hasNonNull("untilDeadlineId") ? " until " + text(d, "untilDeadlineId") : "");
            case "TariffLifted" ->
                "lifted tariff " + text(d, "measureId")
                        + (d.hasNonNull("effectiveOn") ? " from " + text(d, "effectiveOn") : "");
            case "DeadlineSet" ->
                (d.hasNonNull("deadlineClass") ? text(d, "deadlineClass") : "deadline") + " set: " + text(d, "title")
                        + ", due " + text(d, "dueOn") + (d.hasNonNull("owner") ? " (" + text(d, "owner") + ")" : "");
            case "TargetSettled" -> "target " + text(d, "deadlineId") + " " + text(d, "outcome");
            case "PositionStated" ->
                text(d, "party") + " position on " + text(d, "issueId") + ": " + text(d, "position");
            case "ProposalMade" -> text(d, "party") + " offer: " + text(d, "title");
            case "ProposalAnswered" ->
                text(d, "party") + " " + text(d, "answer") + " proposal " + text(d, "proposalId");
            case "ConcessionMade" ->
                text(d, "party") + " concedes" + (d.hasNonNull("issueId") ? " on " + text(d, "issueId") : "") + ": "
                        + text(d, "summary");
            case "IssueMarkedBlocking" ->
                "issue " + text(d, "issueId")
                        + (d.path("blocking").asBoolean() ? " named blocking" : " no longer blocking");
            case "DeadlineChanged" ->
                "deadline " + text(d, "deadlineId") + " moved " + text(d, "previousDueOn") + " -> "
                        + (d.hasNonNull("dueOn") ? text(d, "dueOn") : "cancelled");
            case "DeadlineChangeSignaled" ->
                "deadline " + text(d, "deadlineId") + " may change (" + text(d, "direction") + ")";
            case "StatementMade" ->
                text(d.path("speaker"), "name")
                        + (d.hasNonNull("quote")
                                ? ": \"" + text(d, "quote") + "\""
                                : " (paraphrased): " + text(d, "paraphrase"));
            case "AgreementReached" -> text(d, "scope") + " agreement: " + text(d, "summary");
            default -> type;
        };
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }
}
