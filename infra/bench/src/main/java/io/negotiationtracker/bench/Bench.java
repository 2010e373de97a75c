package io.negotiationtracker.bench;

import io.negotiationtracker.bench.harness.BenchArgs;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.DerivedFigures;
import io.negotiationtracker.bench.harness.Goals;
import io.negotiationtracker.bench.harness.ResultTable;
import io.negotiationtracker.bench.harness.Results;
import io.negotiationtracker.bench.harness.ResultsJson;
import io.negotiationtracker.bench.harness.RunMetadata;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.devstack.DevStack;
import io.negotiationtracker.devstack.RepoLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness (bin/bench): starts the whole stack on its embedded defaults on free ports, runs the chosen
 * scenarios one after another on it, prints one table and writes target/bench/results.json. A scenario that fails is
 * named in the table and the JSON, and the others still run. Prints figures; asserts nothing.
 */
public final class Bench {
    public static void main(String[] argv) throws Exception {
        Path repo = RepoLayout.find().root();
        BenchArgs args;
        List<Scenario> plan;
        try {
            args = BenchArgs.parse(argv, repo);
            plan = Scenarios.select(args.names());
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals("help")) System.err.println(e.getMessage());
            System.err.print(BenchArgs.USAGE.formatted(Scenarios.names()));
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Results results = new Results();
        RunMetadata.atStart(results, args.scale(), plan.stream().map(Scenario::name).toList(), repo);
        System.out.printf("bin/bench, scale %s: %s%n", args.scale().name(), String.join(", ", plan.stream().map(Scenario::name).toList()));
        Path dir = Files.createTempDirectory("nt-bench");
        // The alert scenario's webhook receiver listens on loopback, which the notifier reaches only when allowed.
        DevStack.Options options = DevStack.Options.forTests(dir).with(Map.of("notifier@tracker.webhooks.allow-private", "127.0.0.0/8"));
        try (DevStack stack = DevStack.start(options)) {
            results.meta("stack_start_s", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
            BenchContext context = BenchContext.of(stack, args.scale(), results);
            for (Scenario s : plan) run(s, context);
        } catch (RuntimeException e) {
            results.failed("stack", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            e.printStackTrace();
        } finally {
            copyLogs(dir.resolve("logs"), args.out().toAbsolutePath().getParent().resolve("logs"));
            deleteQuietly(dir);
        }
        DerivedFigures.compute(results);
        if (args.names().isEmpty()) Goals.KEYS.stream().filter(k -> results.get(k).isEmpty()).forEach(k -> results.failed(k, "not measured"));
        RunMetadata.atEnd(results, start);
        ResultTable.print(results, System.out);
        ResultsJson.write(results, args.out());
        System.out.println("written: " + args.out());
        System.exit(results.failures().isEmpty() ? 0 : 1);
    }

    /** The services' and the broker's logs of the last run stay beside results.json. */
    private static void copyLogs(Path from, Path to) {
        try (var logs = Files.list(from)) {
            Files.createDirectories(to);
            for (Path log : logs.toList()) Files.copy(log, to.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            System.out.println("could not keep the logs of " + from + ": " + e.getMessage());
        }
    }

    /** The run's data (database, broker log, service logs) can be gigabytes: it goes when the run ends. */
    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static void run(Scenario scenario, BenchContext context) {
        System.out.printf("%n== %s%n", scenario.name());
        long t0 = System.nanoTime();
        try {
            scenario.run(context);
        } catch (Exception | AssertionError e) {
            context.results().failed(scenario.name(), e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            e.printStackTrace(System.out);
        }
        context.say("%s took %.0f s", scenario.name(), (System.nanoTime() - t0) / 1e9);
    }
}
