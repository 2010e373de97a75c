package io.negotiationtracker.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** bin/bench [--smoke | --quick | --full] [--out FILE] [NAME ...]: the scale, where results.json goes, which scenarios. */
public record BenchArgs(Scale scale, Path out, List<String> names) {
    public static final String USAGE = """
            usage: bin/bench [--smoke | --quick | --full] [--out FILE] [NAME ...]
              no NAME: every scenario; NAME: a scenario or a group of them (see docs/BENCHMARKS.md):
              groups   ingest projection notifier growth services baselines
              single   %s
              bin/bench alerts: the alert backtest over a year of history (pure domain code, no stack)
            """;

    public static BenchArgs parse(String[] args, Path repo) {
        String scale = "quick";
        Path out = repo.resolve("target/bench/results.json");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> scale = "smoke";
                case "--quick" -> scale = "quick";
                case "--full" -> scale = "full";
                case "--out" -> {
                    if (++i >= args.length) throw new IllegalArgumentException("--out needs a file");
                    out = Path.of(args[i]);
                }
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> {
                    if (args[i].startsWith("-")) throw new IllegalArgumentException("unknown option " + args[i]);
                    names.add(args[i]);
                }
            }
        }
        return new BenchArgs(Scale.named(scale), out, names);
    }
}
