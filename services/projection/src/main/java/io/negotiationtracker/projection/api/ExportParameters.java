package io.negotiationtracker.projection.api;

import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.export.Dataset;
import io.negotiationtracker.projection.export.ExportRows;
import io.negotiationtracker.projection.export.Format;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads an export's file name ({@code <dataset>.<format>}) and its tariff range ({@code from}, {@code to}); bad input
 * is a 400 naming the parameter: dataset, format, from or to.
 */
final class ExportParameters {
    private ExportParameters() {}

    record File(Dataset dataset, Format format) {}

    static File file(String file) {
        int dot = file.lastIndexOf('.');
        String datasetName = dot < 0 ? file : file.substring(0, dot);
        Dataset dataset = Dataset.named(datasetName)
                .orElseThrow(() -> ProblemException.badRequest(
                        "dataset",
                        "no dataset '" + datasetName + "' to export; there are " + Dataset.names()
                                + " (e.g. /exports/timeline.csv)"));
        if (dot < 0)
            throw ProblemException.badRequest(
                    "format", "name a format: " + datasetName + ".csv or " + datasetName + ".ndjson");
        String formatName = file.substring(dot + 1);
        Format format = Format.named(formatName)
                .orElseThrow(() -> ProblemException.badRequest(
                        "format", "no format '" + formatName + "'; there are csv and ndjson"));
        return new File(dataset, format);
    }

    /** Only the tariffs' daily series takes a range: from/to on another dataset is refused, not ignored. */
    static void noRange(Dataset dataset, String from, String to) {
        if (present(from))
            throw ProblemException.badRequest(
                    "from", "only the tariffs dataset takes a range; " + dataset.urlName() + " takes asOf/knownAt");
        if (present(to))
            throw ProblemException.badRequest(
                    "to", "only the tariffs dataset takes a range; " + dataset.urlName() + " takes asOf/knownAt");
    }

    /** The day given, or null. */
    static LocalDate date(String name, String value) {
        if (!present(value)) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, name + " must be a date such as 2025-06-17, not '" + value + "'");
        }
    }

    /** A range that ends after it starts and spans at most {@link ExportRows#MAX_YEARS} years. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) throw ProblemException.badRequest("from", "from (" + from + ") is after to (" + to + ")");
        if (from.plusYears(ExportRows.MAX_YEARS).isBefore(to))
            throw ProblemException.badRequest(
                    "to",
                    "the range " + from + " to " + to + " is longer than " + ExportRows.MAX_YEARS
                            + " years; ask for several ranges");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
