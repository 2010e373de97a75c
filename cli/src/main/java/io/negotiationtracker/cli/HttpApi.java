package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** JSON over HTTP to the services, with every failure turned into a {@link CliFailure} that says which service and why. */
final class HttpApi {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpApi() {}

    static JsonNode get(String service, URI uri) {
        return get(service, uri, null);
    }

    /** A GET with the bearer token when there is one (reads need it when the service requires a token to read). */
    static JsonNode get(String service, URI uri, String token) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        bearer(request, token);
        return answer(service, send(service, request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A DELETE with the bearer token; a 2xx answer may have no body. */
    static void delete(String service, URI uri, String token) {
        var request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).DELETE();
        bearer(request, token);
        var response = send(service, request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) throw failure(service, response.statusCode(), response.body());
    }

    /** A file as the service streams it (its headers say its name); a refusal is read as a problem. */
    static HttpResponse<InputStream> download(String service, URI uri, String token) {
        var request = HttpRequest.newBuilder(uri).GET();
        bearer(request, token);
        HttpResponse<InputStream> response = send(service, request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) return response;
        throw failure(service, response.statusCode(), readQuietly(response.body()));
    }

    private static void bearer(HttpRequest.Builder request, String token) {
        if (token != null && !token.isBlank()) request.header("Authorization", "Bearer " + token.strip());
    }

    static JsonNode post(String service, URI uri, String json, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return answer(service, send(service, request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Opens a Server-Sent Events stream; empty when the service has no such endpoint (404). */
    static Optional<InputStream> openStream(String service, URI uri, String lastEventId) {
        var request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
        HttpResponse<InputStream> response = send(service, request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) return Optional.of(response.body());
        String body = readQuietly(response.body());
        if (response.statusCode() == 404 || response.statusCode() == 405) return Optional.empty();
        throw failure(service, response.statusCode(), body);
    }

    private static JsonNode answer(String service, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) throw failure(service, response.statusCode(), response.body());
        return Json.parse(response.body(), service + "'s answer");
    }

    private static CliFailure failure(String service, int status, String body) {
        JsonNode json = null;
        try {
            json = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            // not a problem document; the status says enough
        }
        Problem problem = Problem.of(status, json);
        boolean refused = status >= 400 && status < 500;
        return new CliFailure(
                refused ? ExitCode.REFUSED : ExitCode.SERVER_FAILED,
                service + (refused ? " refused: " : " failed: ") + problem.describe());
    }

    private static <T> HttpResponse<T> send(String service, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        String where = service + " at " + request.uri().getScheme() + "://"
                + request.uri().getAuthority();
        try {
            return CLIENT.send(request, handler);
        } catch (HttpConnectTimeoutException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "cannot reach " + where + ": no connection within 5 s");
        } catch (HttpTimeoutException e) {
            throw new CliFailure(
                    ExitCode.UNREACHABLE, where + " did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "cannot reach " + where + ": " + reason(e));
        } catch (IOException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "lost the connection to " + where + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.UNREACHABLE, "interrupted while talking to " + where);
        }
    }

    private static String reason(IOException e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String message = root.getMessage();
        if (root instanceof java.nio.channels.UnresolvedAddressException) return "unknown host";
        return message == null || message.isBlank() ? "connection refused" : message;
    }

    private static String readQuietly(InputStream in) {
        try (in) {
            return new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
