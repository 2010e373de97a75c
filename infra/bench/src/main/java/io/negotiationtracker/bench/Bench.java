package io.negotiationtracker.bench;

import io.negotiationtracker.bench.harness.BenchArgs;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.BenchStack;
import io.negotiationtracker.bench.harness.DerivedFigures;
import io.negotiationtracker.bench.harness.Goals;
import io.negotiationtracker.bench.harness.ResultTable;
import io.negotiationtracker.bench.harness.Results;
import io.negotiationtracker.bench.harness.ResultsJson;
import io.negotiationtracker.bench.harness.RunMetadata;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.devstack.DevStack;
import io.negotiationtracker.devstack.RepoLayout;
import java.nio.file.Path;
import java.util.List;

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
        RunMetadata.atStart(
                results, args.scale(), plan.stream().map(Scenario::name).toList(), repo);
        System.out.printf(
                "bin/bench, scale %s: %s%n",
                args.scale().name(),
                String.join(", ", plan.stream().map(Scenario::name).toList()));
        try (BenchStack run =
                        new BenchStack(args.out().toAbsolutePath().getParent().resolve("logs"));
                DevStack stack = run.start(results)) {
            results.meta("stack_start_s", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
            BenchContext context = BenchContext.of(stack, args.scale(), results);
            for (Scenario s : plan) run(s, context);
        } catch (RuntimeException e) {
            results.failed("stack", BenchStack.firstLine(e));
            e.printStackTrace();
        }
        DerivedFigures.compute(results);
        if (args.names().isEmpty())
            Goals.KEYS.stream().filter(k -> results.get(k).isEmpty()).forEach(k -> results.failed(k, "not measured"));
        RunMetadata.atEnd(results, start);
        ResultTable.print(results, System.out);
        ResultsJson.write(results, args.out());
        System.out.println("written: " + args.out());
        System.exit(results.failures().isEmpty() ? 0 : 1);
    }

    private static void run(Scenario scenario, BenchContext context) {
        System.out.printf("%n== %s%n", scenario.name());
        long t0 = System.nanoTime();
        try {
            scenario.run(context);
        } catch (Exception | AssertionError e) {
            context.results().failed(scenario.name(), e.getClass().getSimpleName() + ": " + BenchStack.firstLine(e));
            e.printStackTrace(System.out);
        }
        context.say("%s took %.0f s", scenario.name(), (System.nanoTime() - t0) / 1e9);
    }
}
