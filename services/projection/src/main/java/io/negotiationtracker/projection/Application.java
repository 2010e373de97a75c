package io.negotiationtracker.projection;

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
                        title = "projection",
                        version = "1",
                        description =
                                "Dashboard API of the negotiation tracker: status views with history, as of a world date and as known at a"
                                        + " time; the portfolio; a live stream of view changes; rebuild and dead letters."
                                        + " Errors are application/problem+json.",
                        contact = @Contact(name = "negotiation-tracker maintainers")),
        servers = @Server(url = "http://127.0.0.1:8082", description = "a local run (bin/run)"),
        tags = {
            @Tag(
                    name = "views",
                    description = "Status views of the negotiations, as of a world date and as known at a time"),
            @Tag(
                    name = "dashboard",
                    description =
                            "What the dashboard page needs besides the views: its configuration and the live stream of changes"),
            @Tag(
                    name = "operations",
                    description = "Rebuilding the views from the topic, and the records that could not be applied")
        })
@SecurityScheme(
        name = Access.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description =
                "An HS256 JWT with a roles claim: writer for a rebuild; for reads only when tracker.security.read-access asks.")
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
