package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.negotiationtracker.projection.export.Dataset;
import io.negotiationtracker.projection.export.ExportRows;
import io.negotiationtracker.projection.export.RowWriter;
import io.negotiationtracker.projection.read.ServingViews;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.QueryTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;

/**
 * Exports of one negotiation as files: {@code GET /api/negotiations/{id}/exports/{dataset}.{format}}, dataset one of
 * timeline, deadlines, tariffs (a daily series over from..to) and rounds, format csv (RFC 4180) or ndjson. They take
 * the views' asOf, knownAt and knowledge and read the same fold, so corrections and retractions count as in the views.
 * Everything is checked and loaded before the first byte (a 400 or 404 is a whole problem+json answer); the file is
 * then written in chunks of rows as they are made, never whole in memory.
 */
@Controller("/api/negotiations")
@Tag(
        name = "exports",
        description = "A negotiation's timeline, deadlines, tariff series and rounds as CSV or NDJSON files")
public class ExportsController {
    private static final int ROWS_PER_CHUNK = 256;

    private final ServingViews views;
    private final EventCodec codec;
    private final ReadYourWrites readYourWrites;

    ExportsController(ServingViews views, EventCodec codec, ReadYourWrites readYourWrites) {
        this.views = views;
        this.codec = codec;
        this.readYourWrites = readYourWrites;
    }

    @Operation(
            operationId = "exportNegotiation",
            summary = "A negotiation's timeline, deadlines, tariff series or rounds as a CSV or NDJSON file",
            description = "file is <dataset>.<format>: timeline, deadlines, tariffs or rounds; csv or ndjson. The file"
                    + " is named <negotiation>-<dataset>-<asOf or today>.<format> (Content-Disposition).")
    @ApiResponse(
            responseCode = "200",
            description = "the file, streamed",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))
            })
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(
            uri = "/{negotiationId}/exports/{file}",
            produces = {"text/csv", "application/x-ndjson"})
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<Flux<byte[]>> export(
            @RequestBean ViewQuery query,
            @Parameter(description = "<dataset>.<format>, e.g. timeline.csv or tariffs.ndjson") @PathVariable
                    String file,
            @Parameter(description = "tariffs only: first day of the daily series (default: first report of a measure)")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(
                            description =
                                    "tariffs only: last day of the series (default: asOf, else today); at most 10 years")
                    @Nullable
                    @QueryValue
                    String to) {
        String id = query.negotiationId();
        if (!Require.isSlug(id))
            throw ProblemException.badRequest("negotiationId", "'" + id + "' is not a valid negotiation id");
        ExportParameters.File what = ExportParameters.file(file);
        if (what.dataset() != Dataset.TARIFFS) ExportParameters.noRange(what.dataset(), from, to);
        LocalDate fromDay = ExportParameters.date("from", from);
        LocalDate toDay = ExportParameters.date("to", to);
        QueryTime time = TimeParameters.parse(query.asOf(), query.knownAt(), query.knowledge());
        if (fromDay != null && toDay != null) ExportParameters.checkRange(fromDay, toDay);
        readYourWrites.await(query.minPosition(), query.minHeader());
        Freshness now = views.freshness();
        LocalDate day = time.day(now.today());
        Stream<List<Object>> rows = switch (what.dataset()) {
            case TIMELINE -> ExportRows.timeline(known(id, views.recorded(now, id, time)), codec);
            case DEADLINES -> ExportRows.deadlines(state(now, id, time), day);
            case ROUNDS -> ExportRows.rounds(state(now, id, time));
            case TARIFFS -> {
                List<EventEnvelope> facts = known(id, views.events(now, id, time));
                NegotiationState s = Evolve.fold(id, facts);
                LocalDate last = toDay != null ? toDay : day;
                LocalDate first = fromDay != null ? fromDay : ExportRows.defaultFrom(s, last);
                ExportParameters.checkRange(first, last);
                yield ExportRows.tariffs(facts, s, first, last);
            }
        };
        RowWriter writer = new RowWriter(what.format(), what.dataset().columns(), codec.mapper());
        Flux<byte[]> body = Flux.fromStream(() -> ExportRows.lines(writer, rows))
                .buffer(ROWS_PER_CHUNK)
                .map(lines -> String.join("", lines).getBytes(StandardCharsets.UTF_8));
        String name = id + "-" + what.dataset().urlName() + "-" + day + "."
                + what.format().extension();
        return HttpResponse.ok(body)
                .contentType(MediaType.of(what.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(ViewResponses.GENERATION_HEADER, Integer.toString(now.generation()));
    }

    private NegotiationState state(Freshness now, String id, QueryTime time) {
        return known(id, views.fold(now, id, time));
    }

    private static <T> T known(String id, Optional<T> answer) {
        return answer.orElseThrow(() -> ProblemException.notFound("no negotiation '" + id + "'"));
    }
}
