package io.negotiationtracker.bench.projection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** (c) Status endpoint throughput and latency under concurrent load from a second process: wrk, bounded in time, on 127.0.0.1. */
final class ReadLoadRun {
    record Result(String requestsPerSecond, String p50, String p99, String output) {}

    static Result run(String url, int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("wrk failed:\n" + out);
        return new Result(find(out, "Requests/sec:\\s+([\\d.]+)"), find(out, "\\s50%\\s+(\\S+)"), find(out, "\\s99%\\s+(\\S+)"), out);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }
}
