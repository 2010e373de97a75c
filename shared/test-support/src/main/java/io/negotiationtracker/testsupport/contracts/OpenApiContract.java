package io.negotiationtracker.testsupport.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.testsupport.contracts.OpenApiLint.Finding;
import io.negotiationtracker.testsupport.contracts.OpenApiLint.Severity;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every service's OpenAPI document must be: generated at compile time into META-INF/swagger/&lt;service&gt;.yml,
 * passing {@link OpenApiLint} with no error, every error answer an application/problem+json Problem with an example,
 * 401 and 403 wherever a token may be asked for; and served at /openapi/&lt;service&gt;.yml with Swagger UI at
 * /openapi/ui/ from the webjar (no CDN).
 */
public final class OpenApiContract {
    /** Warnings a document may keep: the project has no license to name yet (docs/interfaces.md). */
    private static final Set<String> ACCEPTED_WARNINGS = Set.of("info-license", "info-license-strict");

    private OpenApiContract() {}

    /** The generated document of this service, from the classpath. */
    public static JsonNode generated(String service) {
        InputStream in =
                OpenApiContract.class.getClassLoader().getResourceAsStream("META-INF/swagger/" + service + ".yml");
        if (in == null) throw new AssertionError("no META-INF/swagger/" + service + ".yml on the classpath");
        return OpenApiLint.read(in);
    }

    /**
     * Checks the generated document; returns the findings (for a test to print). {@code accepted} names further
     * warnings ("rule at where") the service's test accepts, each for a reason it states.
     */
    public static List<Finding> check(String service, String... accepted) {
        JsonNode doc = generated(service);
        List<Finding> findings = OpenApiLint.check(doc);
        List<String> failures = new ArrayList<>();
        for (Finding f : findings)
            if (f.severity() == Severity.ERROR
                    || !(ACCEPTED_WARNINGS.contains(f.rule())
                            || List.of(accepted).contains(f.rule() + " at " + f.where()))) failures.add(f.toString());
        if (!doc.path("openapi").asText().startsWith("3.1")) failures.add("openapi is not 3.1: " + doc.path("openapi"));
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue().properties().forEach(o -> {
                    String where = o.getKey().toUpperCase() + " " + p.getKey();
                    JsonNode op = o.getValue();
                    op.path("responses").properties().forEach(r -> {
                        if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                            JsonNode problem = r.getValue().path("content").path("application/problem+json");
                            if (!problem.path("schema").path("$ref").asText().equals("#/components/schemas/Problem"))
                                failures.add(where + " " + r.getKey() + " is not an application/problem+json Problem");
                            if (problem.path("examples").isEmpty())
                                failures.add(where + " " + r.getKey() + " has no example");
                        }
                    });
                    boolean token = false;
                    for (JsonNode requirement : op.path("security")) token |= requirement.has("bearerAuth");
                    if (token
                            && !(op.path("responses").has("401")
                                    && op.path("responses").has("403")))
                        failures.add(where + " may ask for a token but lists no 401 and 403");
                }));
        if (!failures.isEmpty())
            throw new AssertionError(
                    service + ".yml breaks " + failures.size() + " rule(s):\n  " + String.join("\n  ", failures));
        return findings;
    }

    /** The document and its viewer as a running service serves them (reads open, as by default). */
    public static void assertServed(String baseUrl, String service) {
        Reply doc = Http.get(baseUrl + "/openapi/" + service + ".yml");
        expect(doc.status() == 200, "/openapi/" + service + ".yml: " + doc);
        JsonNode served = OpenApiLint.read(
                new java.io.ByteArrayInputStream(doc.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        expect(served.equals(generated(service)), "the served document is the generated one");
        Reply page = Http.get(baseUrl + "/openapi/ui/");
        expect(page.status() == 200 && page.contentType().startsWith("text/html"), "/openapi/ui/: " + page);
        expect(page.body().contains("/openapi/" + service + ".yml"), "the viewer shows " + service + ".yml");
        expect(
                !page.body().contains("//cdn") && !page.body().contains("https://"),
                "the viewer loads nothing from elsewhere");
        for (String file : List.of("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css")) {
            Reply r = Http.get(baseUrl + "/openapi/ui/" + file);
            expect(
                    r.status() == 200 && r.body().length() > 1000,
                    "/openapi/ui/" + file + " from the webjar: " + r.status());
        }
        Reply init = Http.get(baseUrl + "/openapi/ui/swagger-initializer.js");
        expect(
                init.status() == 200 && init.body().contains("openapi-document"),
                "the project's initializer, not the webjar's petstore one");
    }

    private static void expect(boolean condition, String what) {
        if (!condition) throw new AssertionError(what);
    }
}
