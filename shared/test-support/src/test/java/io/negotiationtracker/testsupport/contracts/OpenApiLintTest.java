package io.negotiationtracker.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule finds what it is about in a document made to break it, and a clean document passes them all. */
class OpenApiLintTest {
    private static List<OpenApiLint.Finding> lint(String yaml) {
        return OpenApiLint.check(OpenApiLint.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<String> rules(List<OpenApiLint.Finding> findings) {
        return findings.stream().map(OpenApiLint.Finding::rule).distinct().toList();
    }

    @Test
    void aDocumentLikeTheOldProjectionOneBreaksTheRules() {
        var findings = lint("""
                openapi: 3.0.1
                info: {title: projection, version: "1"}
                servers: []
                tags: [{name: views}]
                paths:
                  /api/x/{id}/:
                    get:
                      operationId: list
                      tags: [nowhere]
                      parameters:
                      - {name: a, in: query}
                      - {name: a, in: query}
                      - {name: other, in: path, required: true}
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Gone"}}}}
                  /api/y:
                    get:
                      operationId: list
                      security: [{nobody: []}]
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {type: string, enum: [1]}}}}
                  /api/{a}/b:
                    get: {summary: s, operationId: "a b", responses: {"400": {description: bad}}}
                  /api/a/{b}:
                    get: {summary: s, operationId: ab, responses: {"400": {description: bad}}}
                components:
                  schemas:
                    Unused: {type: object}
                    "bad name": {type: object}
                """);
        assertThat(rules(findings))
                .contains(
                        "info-contact",
                        "info-license",
                        "no-empty-servers",
                        "no-path-trailing-slash",
                        "operation-summary",
                        "operation-operationId-unique",
                        "operation-operationId-url-safe",
                        "operation-2xx-response",
                        "operation-4xx-response",
                        "operation-parameters-unique",
                        "path-params-defined",
                        "security-defined",
                        "operation-tag-defined",
                        "tag-description",
                        "no-unused-components",
                        "spec-components-invalid-map-name",
                        "no-unresolved-refs",
                        "no-enum-type-mismatch",
                        "no-ambiguous-paths");
        assertThat(OpenApiLint.errors(findings)).isNotEmpty();
    }

    @Test
    void aCleanDocumentPasses() {
        var findings = lint("""
                openapi: 3.1.0
                info:
                  title: t
                  version: "1"
                  contact: {name: team}
                  license: {name: Apache-2.0, identifier: Apache-2.0}
                servers: [{url: "http://127.0.0.1:8081"}]
                tags: [{name: views, description: the views}]
                paths:
                  /api/x/{id}:
                    get:
                      summary: one x
                      operationId: getX
                      tags: [views]
                      security: [{bearerAuth: []}, {}]
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/X"}}}}
                        "404": {description: none}
                components:
                  schemas:
                    X: {type: object}
                  securitySchemes:
                    bearerAuth: {type: http, scheme: bearer}
                """);
        assertThat(findings).isEmpty();
    }

    @Test
    void serverUrlsMustBeUrlsWithoutATrailingSlashAndWithTheirVariables() {
        var findings = lint("""
                openapi: 3.1.0
                info: {title: t, version: "1", contact: {name: c}}
                servers: [{url: "http://h:1/"}, {url: "https://{region}.example.com"}, {url: "not a url"}]
                paths: {}
                """);
        assertThat(rules(findings))
                .contains(
                        "no-server-trailing-slash", "no-undefined-server-variable", "no-server-example.com", "struct");
    }
}
