package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The notifier's webhook subscriptions: list, add, remove, and the deliveries of one (dead ones with --dead). */
@Command(
        name = "subscriptions",
        description = "Lists, adds and removes the notifier's webhook subscriptions and shows their deliveries.",
        subcommands = {
            SubscriptionsCommand.ListSubscriptions.class,
            SubscriptionsCommand.Add.class,
            SubscriptionsCommand.Remove.class,
            SubscriptionsCommand.Deliveries.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  nt subscriptions list",
            "  nt subscriptions add --url https://hooks.example.org/nt --secret \"$HOOK_SECRET\" --negotiation"
                    + " us-japan-tariffs-2025",
            "  nt subscriptions deliveries 3f2c... --dead"
        })
final class SubscriptionsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a subcommand: list, add, remove or deliveries");
    }

    @Command(
            name = "list",
            description = "Every webhook subscription (the notifier needs a writer token to show them).",
            footerHeading = "%nExample:%n",
            footer = "  nt subscriptions list --json")
    static final class ListSubscriptions implements Callable<Integer> {
        @Mixin
        Services services;

        @Override
        public Integer call() {
            JsonNode all = HttpApi.get("notifier", services.notifier("/api/subscriptions"), services.readToken());
            Output out = services.output();
            if (out.json()) {
                out.document(all);
                return ExitCode.OK;
            }
            for (JsonNode s : all.path("subscriptions"))
                out.line(String.format(
                        "%s  %-40s %s%s",
                        s.path("id").asText(),
                        s.path("url").asText(),
                        s.path("negotiationId").asText("(every negotiation)"),
                        s.hasNonNull("description")
                                ? "  " + s.path("description").asText()
                                : ""));
            out.line(all.path("subscriptions").size() + " subscriptions");
            return ExitCode.OK;
        }
    }

    @Command(
            name = "add",
            description = "Adds a webhook subscription; alerts are POSTed to the URL, signed with the secret.",
            footerHeading = "%nExample:%n",
            footer = "  nt subscriptions add --url https://hooks.example.org/nt --secret 0123456789abcdef"
                    + " --negotiation us-japan-tariffs-2025 --kinds approaching,passed")
    static final class Add implements Callable<Integer> {
        @Mixin
        Services services;

        @Option(names = "--url", required = true, paramLabel = "URL", description = "Where alerts are POSTed.")
        String url;

        @Option(
                names = "--secret",
                required = true,
                paramLabel = "SECRET",
                description = "16 to 256 characters; deliveries are signed with it.")
        String secret;

        @Option(names = "--negotiation", paramLabel = "ID", description = "Only this negotiation's alerts.")
        String negotiationId;

        @Option(names = "--kinds", split = ",", paramLabel = "KIND", description = "Only these alert kinds.")
        List<String> kinds;

        @Option(names = "--description", paramLabel = "TEXT", description = "A note for people.")
        String description;

        @Override
        public Integer call() {
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("url", url);
            body.put("secret", secret);
            if (negotiationId != null) body.put("negotiationId", negotiationId);
            if (kinds != null) kinds.forEach(body.putArray("kinds")::add);
            if (description != null) body.put("description", description);
            JsonNode created = HttpApi.post(
                    "notifier",
                    services.notifier("/api/subscriptions"),
                    Json.compact(body),
                    Map.of("Authorization", "Bearer " + services.writerToken()));
            Output out = services.output();
            if (out.json()) out.document(created);
            else
                out.line("subscribed " + created.path("id").asText() + " -> "
                        + created.path("url").asText());
            return ExitCode.OK;
        }
    }

    @Command(
            name = "remove",
            description = "Removes a webhook subscription (its pending deliveries are not sent).",
            footerHeading = "%nExample:%n",
            footer = "  nt subscriptions remove 3f2c8d1e-...")
    static final class Remove implements Callable<Integer> {
        @Mixin
        Services services;

        @Parameters(paramLabel = "ID", description = "The subscription's id.")
        String id;

        @Override
        public Integer call() {
            HttpApi.delete(
                    "notifier", services.notifier("/api/subscriptions/" + Paths.segment(id)), services.writerToken());
            services.output().line("removed " + id);
            return ExitCode.OK;
        }
    }

    @Command(
            name = "deliveries",
            header = "A subscription's deliveries with their attempts; --dead: those that gave up.",
            description = {
                "A subscription's deliveries with their attempts; --dead lists those that gave up (the notifier's",
                "dead letters: it has no API to retry them yet)."
            },
            footerHeading = "%nExample:%n",
            footer = "  nt subscriptions deliveries 3f2c8d1e-... --dead --json")
    static final class Deliveries implements Callable<Integer> {
        @Mixin
        Services services;

        @Parameters(paramLabel = "ID", description = "The subscription's id.")
        String id;

        @Option(names = "--dead", description = "Only the deliveries that gave up.")
        boolean dead;

        @Override
        public Integer call() {
            JsonNode all = HttpApi.get(
                    "notifier",
                    services.notifier(new Query()
                            .add("status", dead ? "dead" : null)
                            .on("/api/subscriptions/" + Paths.segment(id) + "/deliveries")),
                    services.readToken());
            Output out = services.output();
            if (out.json()) {
                out.document(all);
                return ExitCode.OK;
            }
            for (JsonNode d : all.path("deliveries"))
                out.line(String.format(
                        "%-8s alert %-6s %-10s %d attempts%s",
                        d.path("id").asText(),
                        d.path("alertSeq").asText(),
                        d.path("status").asText(),
                        d.path("attempts").asInt(),
                        d.hasNonNull("lastError")
                                ? "  last error: " + d.path("lastError").asText()
                                : ""));
            out.line(all.path("deliveries").size() + " deliveries");
            return ExitCode.OK;
        }
    }
}
