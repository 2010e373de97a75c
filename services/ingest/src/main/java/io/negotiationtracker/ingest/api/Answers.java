package io.negotiationtracker.ingest.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.append.AppendOutcome.Appended;
import io.negotiationtracker.ingest.append.AppendOutcome.Busy;
import io.negotiationtracker.ingest.append.AppendOutcome.DuplicateConflict;
import io.negotiationtracker.ingest.append.AppendOutcome.Refused;
import io.negotiationtracker.ingest.append.AppendOutcome.Replayed;
import io.negotiationtracker.ingest.append.AppendOutcome.VersionConflict;
import io.negotiationtracker.ingest.append.AppendResult;
import io.negotiationtracker.platform.http.Problem;
import io.negotiationtracker.platform.http.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Each outcome of an append answered with its status, in one switch, for an append and for its dry run alike: the
 * refusals (422 naming the field, 409 for a reused eventId, 409 or 412 for a version conflict, 503 when busy) are the
 * same; only what a stored or replayed append answers differs.
 *
 * @param batch   the request was a JSON array: fields are named with the event's place ("[2].data.dueOn")
 * @param ifMatch the client sent If-Match: a version conflict is its failed precondition (412), else 409
 */
record Answers(boolean batch, boolean ifMatch) {

    HttpResponse<?> to(
            AppendOutcome.Final outcome,
            Function<AppendResult, HttpResponse<?>> appended,
            Function<AppendResult, HttpResponse<?>> replayed) {
        return switch (outcome) {
            case Appended a -> appended.apply(a.result());
            case Replayed r -> replayed.apply(r.result());
            case Refused refused ->
                throw new ProblemException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        refused.violation().message(),
                        at(refused.index(), refused.violation().field()),
                        null);
            case DuplicateConflict reused ->
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        reused.message(),
                        at(reused.index(), "eventId"),
                        Map.of("eventId", reused.eventId().toString()));
            case VersionConflict conflict -> versionConflict(conflict);
            case Busy busy -> throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, busy.reason(), null, null);
        };
    }

    /** The ETag and the body give the current version. */
    private HttpResponse<?> versionConflict(VersionConflict conflict) {
        HttpStatus status = ifMatch ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("expectedVersion", conflict.expected());
        versions.put("currentVersion", conflict.current());
        return HttpResponse.status(status)
                .contentType(Problem.MEDIA_TYPE)
                .header(HttpHeaders.ETAG, "\"" + conflict.current() + "\"")
                .body(Problem.body(
                        status.getCode(), status.getReason(), conflict.message(), "expectedVersion", versions));
    }

    private String at(int index, String field) {
        return batch ? "[" + index + "]." + field : field;
    }
}
