package io.negotiationtracker.testsupport.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of Redocly CLI's "recommended" ruleset, checked in Java on an OpenAPI 3.x document, each reported under
 * Redocly's rule name with Redocly's severity; plus {@code info-contact} and {@code operation-tag-defined}, which that
 * ruleset leaves off and this project requires. A document passes with no {@link Severity#ERROR} finding; warnings are
 * listed for a person to judge.
 */
public final class OpenApiLint {
    public enum Severity {
        ERROR,
        WARNING
    }

    /** One broken rule: its Redocly name, severity, and where in the document. */
    public record Finding(String rule, Severity severity, String where, String message) {
        @Override
        public String toString() {
            return severity + " " + rule + " at " + where + ": " + message;
        }
    }

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]*)}");
    private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*$");
    private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");
    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"]*)\"");

    private final JsonNode doc;
    private final List<Finding> findings = new ArrayList<>();

    private OpenApiLint(JsonNode doc) {
        this.doc = doc;
    }

    /** Reads a YAML (or JSON) document. */
    public static JsonNode read(InputStream yaml) {
        try (yaml) {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every finding of every rule, in rule order. */
    public static List<Finding> check(JsonNode doc) {
        OpenApiLint lint = new OpenApiLint(doc);
        lint.struct();
        lint.info();
        lint.servers();
        lint.paths();
        lint.operations();
        lint.security();
        lint.tags();
        lint.components();
        lint.refs();
        lint.enums(doc, "#");
        return List.copyOf(lint.findings);
    }

    /** Only the errors. */
    public static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private void report(String rule, Severity severity, String where, String message) {
        findings.add(new Finding(rule, severity, where, message));
    }

    /** struct: the fields every OpenAPI 3 document must have. */
    private void struct() {
        if (!doc.path("openapi").asText().matches("3\\.[01]\\.\\d+"))
            report("struct", Severity.ERROR, "#/openapi", "openapi must be a 3.0.x or 3.1.x version");
        if (doc.path("info").path("title").asText().isBlank())
            report("struct", Severity.ERROR, "#/info/title", "info.title is required");
        if (doc.path("info").path("version").asText().isBlank())
            report("struct", Severity.ERROR, "#/info/version", "info.version is required");
        if (!doc.has("paths") && !doc.has("webhooks") && !doc.has("components"))
            report("struct", Severity.ERROR, "#", "paths, webhooks or components is required");
    }

    /** info-contact (required here), info-license and info-license-strict (warnings). */
    private void info() {
        JsonNode info = doc.path("info");
        JsonNode contact = info.path("contact");
        if (!contact.isObject() || contact.isEmpty())
            report("info-contact", Severity.ERROR, "#/info/contact", "info.contact is missing");
        JsonNode license = info.path("license");
        if (!license.isObject()) report("info-license", Severity.WARNING, "#/info/license", "info.license is missing");
        else if (!license.has("url") && !license.has("identifier"))
            report("info-license-strict", Severity.WARNING, "#/info/license", "info.license has no url or identifier");
    }

    /** no-empty-servers, no-server-trailing-slash, no-server-example.com, no-undefined-server-variable, no-server-variables-empty-enum. */
    private void servers() {
        JsonNode servers = doc.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            report("no-empty-servers", Severity.ERROR, "#/servers", "servers must list at least one server");
            return;
        }
        for (int i = 0; i < servers.size(); i++) {
            String where = "#/servers/" + i;
            String url = servers.get(i).path("url").asText("");
            if (url.isBlank()) report("no-empty-servers", Severity.ERROR, where, "a server without url");
            if (url.endsWith("/") && !url.equals("/"))
                report("no-server-trailing-slash", Severity.ERROR, where, "'" + url + "' ends with /");
            if (url.contains("example.com"))
                report("no-server-example.com", Severity.WARNING, where, "'" + url + "' is example.com");
            JsonNode variables = servers.get(i).path("variables");
            Matcher m = PATH_PARAM.matcher(url);
            while (m.find())
                if (!variables.has(m.group(1)))
                    report(
                            "no-undefined-server-variable",
                            Severity.ERROR,
                            where,
                            "{" + m.group(1) + "} is not a declared variable");
            variables.properties().forEach(v -> {
                if (v.getValue().has("enum") && v.getValue().path("enum").isEmpty())
                    report("no-server-variables-empty-enum", Severity.ERROR, where, v.getKey() + " has an empty enum");
            });
            String concrete = PATH_PARAM.matcher(url).replaceAll("x");
            try {
                URI uri = new URI(concrete);
                if (!concrete.startsWith("/") && (uri.getScheme() == null || uri.getHost() == null))
                    report("struct", Severity.ERROR, where, "'" + url + "' is neither a URL nor a relative path");
            } catch (URISyntaxException e) {
                report("struct", Severity.ERROR, where, "'" + url + "' is not a valid URL: " + e.getMessage());
            }
        }
    }

    /** no-path-trailing-slash, path-not-include-query, path-declaration-must-exist, no-identical-paths, no-ambiguous-paths. */
    private void paths() {
        Map<String, String> templates = new HashMap<>();
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            String where = "#/paths/" + path;
            if (path.length() > 1 && path.endsWith("/"))
                report("no-path-trailing-slash", Severity.ERROR, where, "the path ends with /");
            if (path.contains("?")) report("path-not-include-query", Severity.ERROR, where, "the path has a query");
            if (path.contains("{}"))
                report("path-declaration-must-exist", Severity.ERROR, where, "a path parameter without a name");
            String shape = PATH_PARAM.matcher(path).replaceAll("{}");
            String other = templates.putIfAbsent(shape, path);
            if (other != null)
                report("no-identical-paths", Severity.ERROR, where, "the same path as " + other + " up to names");
        }
        for (int i = 0; i < paths.size(); i++)
            for (int j = i + 1; j < paths.size(); j++)
                if (ambiguous(paths.get(i), paths.get(j)))
                    report(
                            "no-ambiguous-paths",
                            Severity.WARNING,
                            "#/paths/" + paths.get(j),
                            "may match the same requests as " + paths.get(i));
    }

    private static boolean ambiguous(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        if (x.length != y.length) return false;
        boolean differs = false;
        for (int i = 0; i < x.length; i++) {
            boolean px = x[i].startsWith("{");
            boolean py = y[i].startsWith("{");
            if (!px && !py && !x[i].equals(y[i])) return false;
            if (px != py) differs = true;
        }
        // One path has a template segment where the other has a fixed one, and also the other way round: neither wins.
        if (!differs) return false;
        boolean aMoreFixed = false;
        boolean bMoreFixed = false;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].startsWith("{") && y[i].startsWith("{")) aMoreFixed = true;
            if (x[i].startsWith("{") && !y[i].startsWith("{")) bMoreFixed = true;
        }
        return aMoreFixed && bMoreFixed;
    }

    /**
     * operation-summary, operation-operationId, operation-operationId-unique, operation-operationId-url-safe,
     * operation-2xx-response, operation-4xx-response, operation-parameters-unique, path-params-defined.
     */
    private void operations() {
        Map<String, String> operationIds = new HashMap<>();
        doc.path("paths").properties().forEach(p -> {
            String path = p.getKey();
            JsonNode item = p.getValue();
            Set<String> templated = new LinkedHashSet<>();
            Matcher m = PATH_PARAM.matcher(path);
            while (m.find()) templated.add(m.group(1));
            item.properties().forEach(o -> {
                if (!METHODS.contains(o.getKey())) return;
                String where = "#/paths/" + path + "/" + o.getKey();
                JsonNode op = o.getValue();
                if (op.path("summary").asText().isBlank())
                    report("operation-summary", Severity.ERROR, where, "the operation has no summary");
                String id = op.path("operationId").asText("");
                if (id.isBlank())
                    report("operation-operationId", Severity.WARNING, where, "the operation has no operationId");
                else {
                    String other = operationIds.putIfAbsent(id, where);
                    if (other != null)
                        report(
                                "operation-operationId-unique",
                                Severity.ERROR,
                                where,
                                "operationId " + id + " is also used at " + other);
                    if (!URL_SAFE.matcher(id).matches())
                        report(
                                "operation-operationId-url-safe",
                                Severity.ERROR,
                                where,
                                "operationId " + id + " has characters that are not URL-safe");
                }
                Set<String> codes = new HashSet<>();
                op.path("responses").fieldNames().forEachRemaining(codes::add);
                if (codes.stream().noneMatch(c -> c.startsWith("2") || c.equals("default")))
                    report("operation-2xx-response", Severity.WARNING, where, "no 2xx response");
                if (codes.stream().noneMatch(c -> c.startsWith("4")))
                    report("operation-4xx-response", Severity.WARNING, where, "no 4xx response");
                Set<String> seen = new HashSet<>();
                for (JsonNode own : op.path("parameters")) {
                    JsonNode parameter = resolve(own);
                    String key = parameter.path("in").asText() + ":"
                            + parameter.path("name").asText();
                    if (!seen.add(key))
                        report("operation-parameters-unique", Severity.ERROR, where, "parameter " + key + " twice");
                }
                Set<String> declaredInPath = new HashSet<>();
                for (JsonNode parameter : parameters(item, op)) {
                    if (parameter.path("in").asText().equals("path")) {
                        declaredInPath.add(parameter.path("name").asText());
                        if (!templated.contains(parameter.path("name").asText()))
                            report(
                                    "path-params-defined",
                                    Severity.ERROR,
                                    where,
                                    "path parameter " + parameter.path("name").asText() + " is not in the path");
                    }
                }
                for (String name : templated)
                    if (!declaredInPath.contains(name))
                        report(
                                "path-params-defined",
                                Severity.ERROR,
                                where,
                                "{" + name + "} is not declared as a path parameter");
            });
        });
    }

    /** The path item's parameters overridden by the operation's (by in and name), references resolved. */
    private List<JsonNode> parameters(JsonNode item, JsonNode op) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        List<JsonNode> ops = new ArrayList<>();
        for (JsonNode p : item.path("parameters")) {
            JsonNode r = resolve(p);
            byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
        }
        for (JsonNode p : op.path("parameters")) ops.add(resolve(p));
        List<JsonNode> all = new ArrayList<>(ops);
        for (var e : byKey.entrySet())
            if (ops.stream()
                    .noneMatch(
                            o -> (o.path("in").asText() + ":" + o.path("name").asText()).equals(e.getKey())))
                all.add(e.getValue());
        return all;
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) return node;
        JsonNode target = pointer(node.get("$ref").asText());
        return target == null ? node : target;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#")) return null;
        JsonNode target = doc.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    /** security-defined: every operation has a security requirement (its own, possibly empty, or the document's). */
    private void security() {
        boolean global = doc.path("security").isArray();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue().properties().forEach(o -> {
                    if (!METHODS.contains(o.getKey())) return;
                    String where = "#/paths/" + p.getKey() + "/" + o.getKey();
                    JsonNode security = o.getValue().path("security");
                    if (!global && !security.isArray())
                        report("security-defined", Severity.ERROR, where, "the operation has no security requirement");
                    for (JsonNode requirement : security)
                        requirement.fieldNames().forEachRemaining(name -> {
                            if (!schemes.has(name))
                                report(
                                        "security-defined",
                                        Severity.ERROR,
                                        where,
                                        "security scheme " + name + " is not in components.securitySchemes");
                        });
                }));
        for (JsonNode requirement : doc.path("security"))
            requirement.fieldNames().forEachRemaining(name -> {
                if (!schemes.has(name))
                    report("security-defined", Severity.ERROR, "#/security", "security scheme " + name + " undefined");
            });
    }

    /** tag-description (warning) and operation-tag-defined (required here). */
    private void tags() {
        Set<String> defined = new HashSet<>();
        for (JsonNode tag : doc.path("tags")) {
            defined.add(tag.path("name").asText());
            if (tag.path("description").asText().isBlank())
                report(
                        "tag-description",
                        Severity.WARNING,
                        "#/tags/" + tag.path("name").asText(),
                        "the tag has no description");
        }
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue().properties().forEach(o -> {
                    if (!METHODS.contains(o.getKey())) return;
                    String where = "#/paths/" + p.getKey() + "/" + o.getKey();
                    if (o.getValue().path("tags").isEmpty())
                        report("operation-tag-defined", Severity.ERROR, where, "the operation has no tag");
                    for (JsonNode tag : o.getValue().path("tags"))
                        if (!defined.contains(tag.asText()))
                            report(
                                    "operation-tag-defined",
                                    Severity.ERROR,
                                    where,
                                    "tag " + tag.asText() + " is not defined");
                }));
    }

    /** no-unused-components (warning), spec-components-invalid-map-name, no-example-value-and-externalValue. */
    private void components() {
        String text = doc.toString();
        Set<String> referenced = new HashSet<>();
        Matcher m = REF.matcher(text);
        while (m.find()) referenced.add(m.group(1));
        doc.path("components")
                .properties()
                .forEach(kind -> kind.getValue().fieldNames().forEachRemaining(name -> {
                    String where = "#/components/" + kind.getKey() + "/" + name;
                    if (!COMPONENT_NAME.matcher(name).matches())
                        report(
                                "spec-components-invalid-map-name",
                                Severity.ERROR,
                                where,
                                "'" + name + "' is not a valid name");
                    boolean used = kind.getKey().equals("securitySchemes")
                            ? text.contains("\"" + name + "\":[")
                            : referenced.contains(where);
                    if (!used) report("no-unused-components", Severity.WARNING, where, "never referenced");
                }));
        walk(doc, "#", (node, where) -> {
            if (node.has("value") && node.has("externalValue") && where.contains("/examples/"))
                report("no-example-value-and-externalValue", Severity.ERROR, where, "both value and externalValue");
        });
    }

    /** no-unresolved-refs: every local $ref points at something. */
    private void refs() {
        walk(doc, "#", (node, where) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && pointer(ref.asText()) == null)
                report("no-unresolved-refs", Severity.ERROR, where, ref.asText() + " does not resolve");
        });
    }

    /** no-enum-type-mismatch: every enum value is of the schema's type. */
    private void enums(JsonNode root, String start) {
        walk(root, start, (node, where) -> {
            if (!node.path("enum").isArray() || !node.has("type")) return;
            Set<String> types = new HashSet<>();
            if (node.get("type").isArray()) node.get("type").forEach(t -> types.add(t.asText()));
            else types.add(node.get("type").asText());
            for (JsonNode value : node.get("enum"))
                if (!types.contains(jsonType(value))
                        && !(types.contains("number") && jsonType(value).equals("integer")))
                    report("no-enum-type-mismatch", Severity.ERROR, where, value + " is not of type " + types);
        });
    }

    private static String jsonType(JsonNode value) {
        if (value.isNull()) return "null";
        if (value.isTextual()) return "string";
        if (value.isIntegralNumber()) return "integer";
        if (value.isNumber()) return "number";
        if (value.isBoolean()) return "boolean";
        if (value.isArray()) return "array";
        return "object";
    }

    private interface Visitor {
        void visit(JsonNode node, String where);
    }

    private static void walk(JsonNode node, String where, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, where);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                walk(f.getValue(), where + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), visitor);
            }
        } else if (node.isArray()) for (int i = 0; i < node.size(); i++) walk(node.get(i), where + "/" + i, visitor);
    }
}
