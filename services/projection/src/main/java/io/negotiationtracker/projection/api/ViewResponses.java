package io.negotiationtracker.projection.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.negotiationtracker.events.json.EventCodec;
import jakarta.inject.Singleton;

/** View responses: JSON written by the same mapper as the stored views, never cached, naming the generation that answered. */
@Singleton
class ViewResponses {
    static final String GENERATION_HEADER = "X-View-Generation";

    private final EventCodec codec;

    ViewResponses(EventCodec codec) {
        this.codec = codec;
    }

    HttpResponse<String> json(String body, int generation) {
        return HttpResponse.ok(body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(GENERATION_HEADER, Integer.toString(generation));
    }

    HttpResponse<String> json(Object view, int generation) {
        return json(codec.write(view), generation);
    }
}
