package io.negotiationtracker.notifier;

import io.micronaut.runtime.Micronaut;
import io.negotiationtracker.platform.http.openapi.Access;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "notifier",
                        version = "1",
                        description =
                                "Deadline alerts of the negotiation tracker: alerts (JSON, Server-Sent Events, Atom), deadlines as"
                                        + " iCalendar, an alert backtest, webhook and email subscriptions with their deliveries."
                                        + " Errors are application/problem+json. Alerts are also published on Kafka"
                                        + " (negotiation.alerts.v1, described by ingest's /asyncapi.yml).",
                        contact = @Contact(name = "negotiation-tracker maintainers")),
        servers = @Server(url = "http://127.0.0.1:8083", description = "a local run (bin/run)"),
        tags = {
            @Tag(name = "alerts", description = "Alerts as JSON pages and as a live Server-Sent Events stream"),
            @Tag(name = "feeds", description = "Atom feeds of the newest alerts and iCalendar feeds of the deadlines"),
            @Tag(name = "backtest", description = "What an alert policy would have told a reader, day by day"),
            @Tag(
                    name = "subscriptions",
                    description = "Webhook and email subscriptions (writer role) and their deliveries")
        })
@SecurityScheme(
        name = Access.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description =
                "An HS256 JWT with a roles claim: writer for subscriptions; for reads only when tracker.security.read-access asks.")
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
