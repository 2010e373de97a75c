package io.negotiationtracker.projection.export;

import java.util.Arrays;
import java.util.Optional;

/** How rows are written: CSV (RFC 4180, a header row, CRLF) or NDJSON (one JSON object a line, the same fields). */
public enum Format {
    CSV("text/csv; charset=utf-8; header=present"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file extension and the name in URLs: csv, ndjson. */
    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Format> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(name)).findFirst();
    }
}
