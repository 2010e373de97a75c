package io.negotiationtracker.ingest.api;

import io.negotiationtracker.platform.http.ProblemException;
import java.util.OptionalLong;

/** The stream version a writer expects, from If-Match (an ETag such as "5") or ?expectedVersion=5. */
final class ExpectedVersion {
    private ExpectedVersion() {}

    static OptionalLong from(String ifMatch, String param) {
        if (ifMatch != null && param != null)
            throw ProblemException.badRequest("expectedVersion", "give If-Match or expectedVersion, not both");
        if (ifMatch != null)
            return parse(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""), "If-Match");
        if (param != null) return parse(param, "expectedVersion");
        return OptionalLong.empty();
    }

    private static OptionalLong parse(String value, String field) {
        try {
            long v = Long.parseLong(value);
            if (v < 0) throw new NumberFormatException();
            return OptionalLong.of(v);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a stream version (0 or more), e.g. \"3\"");
        }
    }
}
