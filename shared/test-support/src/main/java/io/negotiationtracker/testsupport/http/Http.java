package io.negotiationtracker.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one HTTP client of every test: it calls the services over real HTTP, as any client would, so a test sees the
 * status, headers and body a user would see. Headers are given as name/value pairs; a null token sends none.
 */
public final class Http {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Http() {}

    public static Reply get(String url, String... headers) {
        return send(request(url, headers).GET());
    }

    /** A GET with {@code Authorization: Bearer <token>} unless the token is null. */
    public static Reply getAs(String token, String url, String... headers) {
        return send(bearer(request(url, headers), token).GET());
    }

    /** A JSON POST. */
    public static Reply post(String url, String json, String... headers) {
        return postAs(null, url, json, headers);
    }

    /**
     * A POST as the bearer of a token (none when null): a JSON body (Content-Type application/json unless a header
     * says otherwise), or an empty one when {@code json} is null.
     */
    public static Reply postAs(String token, String url, String json, String... headers) {
        var request = bearer(request(url, headers), token);
        if (json == null) return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) typed |= headers[i].equalsIgnoreCase("Content-Type");
        if (!typed) request.header("Content-Type", "application/json");
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply deleteAs(String token, String url, String... headers) {
        return send(bearer(request(url, headers), token).DELETE());
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (headers.length % 2 != 0) throw new IllegalArgumentException("headers come as name/value pairs");
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return request;
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
