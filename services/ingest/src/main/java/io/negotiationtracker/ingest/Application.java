package io.negotiationtracker.ingest;

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
                        title = "ingest",
                        version = "1",
                        description = "Event store of the negotiation tracker: appends sourced events (one or a batch,"
                                + " with optimistic concurrency and dry runs) and reads them back, per negotiation, across"
                                + " all, and as a live Server-Sent Events stream. Errors are application/problem+json."
                                + " The events are also published on Kafka (/asyncapi.yml).",
                        contact = @Contact(name = "negotiation-tracker maintainers")),
        servers = @Server(url = "http://127.0.0.1:8081", description = "a local run (bin/run)"),
        tags = {
            @Tag(
                    name = "events",
                    description = "Append and read a negotiation's events, and every event in position order"),
            @Tag(name = "stream", description = "Every stored event after a position, then live (Server-Sent Events)")
        })
@SecurityScheme(
        name = Access.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An HS256 JWT with a roles claim (writer for appends); bin/run prints one.")
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
