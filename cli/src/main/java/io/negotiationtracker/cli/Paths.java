package io.negotiationtracker.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments built from user input, encoded so an odd id cannot change the path. */
final class Paths {
    private Paths() {}

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
