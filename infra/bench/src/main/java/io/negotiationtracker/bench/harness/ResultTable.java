package io.negotiationtracker.bench.harness;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints the run as one table: the keys first (in their order), then the extra figures; goals where set. */
public final class ResultTable {
    private ResultTable() {}

    public static void print(Results results, PrintStream out) {
        Map<String, Double> figures = results.ordered();
        String format = "%-44s %16s  %-22s %s%n";
        out.println();
        out.printf(Locale.ROOT, format, "figure", "value", "goal", "");
        out.println("-".repeat(92));
        for (String key : figures.keySet()) {
            Goals.Goal goal = Goals.of(key);
            double v = figures.get(key);
            out.printf(
                    Locale.ROOT,
                    format,
                    key,
                    number(v),
                    goal == null ? "" : goal.text(),
                    goal == null ? "" : goal.met().test(v) ? "met" : "NOT met");
        }
        results.metadata().forEach((k, v) -> out.printf(Locale.ROOT, "%-44s %s%n", "meta." + k, v));
        results.failures().forEach((k, v) -> out.printf(Locale.ROOT, "FAILED %-37s %s%n", k, v));
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        if (Math.abs(v) >= 1000 || v == Math.rint(v)) return String.format(Locale.ROOT, "%,.0f", v);
        if (Math.abs(v) >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
