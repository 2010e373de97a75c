package io.negotiationtracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        header = "Downloads a negotiation's timeline, deadlines, tariff series or rounds as CSV or NDJSON.",
        description = {
            "Downloads a negotiation's timeline, deadlines (with their history), tariff series (one row per measure per",
            "day) or rounds as a CSV or NDJSON file from the projection, as of a date and as known at an instant."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  nt export us-japan-tariffs-2025 timeline                      # us-japan-tariffs-2025-timeline-<today>.csv",
            "  nt export us-japan-tariffs-2025 tariffs --from 2025-04-01 --to 2025-08-31 --format ndjson -o -",
            "  nt export us-japan-tariffs-2025 deadlines --known-at 2025-06-14 -o deadlines.csv"
        })
final class ExportCommand implements Callable<Integer> {
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([A-Za-z0-9._-]+)\"");

    @Mixin
    Services services;

    @Parameters(index = "0", paramLabel = "NEGOTIATION", description = "The negotiation id.")
    String negotiationId;

    @Parameters(
            index = "1",
            paramLabel = "DATASET",
            completionCandidates = Datasets.class,
            description = "timeline, deadlines, tariffs or rounds.")
    String dataset;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
            completionCandidates = Formats.class,
            description = "csv (RFC 4180) or ndjson (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Only what had happened by that day.")
    String asOf;

    @Option(
            names = "--known-at",
            paramLabel = "INSTANT",
            description = "Only what had been recorded by then (ISO-8601 instant, or a day: its end).")
    String knownAt;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "tariffs: the series' first day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "tariffs: its last day (at most 10 years on).")
    String to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write: a file, a directory (the service's file name in it), or - for standard"
                    + " output (default: the service's file name in the current directory).")
    String output;

    @Override
    public Integer call() throws IOException {
        String path = "/api/negotiations/" + Paths.segment(negotiationId) + "/exports/" + Paths.segment(dataset) + "."
                + Paths.segment(format);
        HttpResponse<InputStream> file = HttpApi.download(
                "projection",
                services.projection(new Query()
                        .add("asOf", asOf)
                        .add("knownAt", knownAt)
                        .add("from", from)
                        .add("to", to)
                        .on(path)),
                services.readToken());
        Output out = services.output();
        try (InputStream body = file.body()) {
            if ("-".equals(output)) {
                Reader text = new InputStreamReader(body, StandardCharsets.UTF_8);
                text.transferTo(out.out());
                out.out().flush();
                return ExitCode.OK;
            }
            Path target = target(fileName(file));
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            out.note("nt export: wrote " + target + " (" + Files.size(target) + " bytes)");
        }
        return ExitCode.OK;
    }

    private Path target(String serviceName) {
        if (output == null) return Path.of(serviceName);
        Path given = Path.of(output);
        return Files.isDirectory(given) ? given.resolve(serviceName) : given;
    }

    private String fileName(HttpResponse<?> file) {
        Matcher m = FILE_NAME.matcher(
                file.headers().firstValue("Content-Disposition").orElse(""));
        return m.find() ? m.group(1) : negotiationId + "-" + dataset + "." + format;
    }

    static final class Datasets extends java.util.ArrayList<String> {
        Datasets() {
            super(java.util.List.of("timeline", "deadlines", "tariffs", "rounds"));
        }
    }

    static final class Formats extends java.util.ArrayList<String> {
        Formats() {
            super(java.util.List.of("csv", "ndjson"));
        }
    }
}
