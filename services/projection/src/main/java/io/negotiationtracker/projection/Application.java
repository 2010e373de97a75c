package io.negotiationtracker.projection;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "projection",
                        version = "1",
                        description =
                                "Dashboard API of the negotiation tracker: status views with history, as of a world date and as known at a time; "
                                        + "errors are application/problem+json."))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
