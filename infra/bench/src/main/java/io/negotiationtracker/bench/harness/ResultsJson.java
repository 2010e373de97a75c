package io.negotiationtracker.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * results.json: one flat object whose keys are the figures (numbers, units in the names, in the order measured),
 * then {@code "meta"} (date, machine, scale, commit...) and {@code "failures"} (scenario -> why; empty when all ran).
 * A figure that is not a finite number is left out and named under failures.
 */
public final class ResultsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {}

    public static String render(Results results) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>(results.failures());
        results.ordered().forEach((key, value) -> {
            if (Double.isFinite(value)) out.put(key, round(value));
            else failures.put(key, "not a finite number: " + value);
        });
        out.put("meta", results.metadata());
        out.put("failures", failures);
        try {
            return JSON.writeValueAsString(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Results results, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(results) + "\n");
    }

    /** Four significant digits, at most three decimals: enough for figures that vary by more from run to run. */
    static Number round(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return (long) value;
        BigDecimal d = new BigDecimal(value).round(new MathContext(4));
        if (d.scale() > 3) d = d.setScale(3, java.math.RoundingMode.HALF_UP);
        d = d.stripTrailingZeros();
        return d.scale() <= 0 ? (Number) d.longValue() : (Number) d.doubleValue();
    }
}
