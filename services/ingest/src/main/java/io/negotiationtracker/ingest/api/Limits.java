package io.negotiationtracker.ingest.api;

import io.negotiationtracker.platform.http.ProblemException;

final class Limits {
    static final int MAX_PAGE = 1000;

    private Limits() {}

    static int page(Integer limit) {
        if (limit == null) return MAX_PAGE;
        if (limit < 1 || limit > MAX_PAGE)
            throw ProblemException.badRequest("limit", "limit must be between 1 and " + MAX_PAGE);
        return limit;
    }
}
