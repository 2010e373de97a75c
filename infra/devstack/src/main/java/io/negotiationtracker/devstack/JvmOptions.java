package io.negotiationtracker.devstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of the processes the dev stack starts. A service also takes what the environment variable
 * {@code TRACKER_JVM_OPTIONS} adds (split on white space, {@code {service}} replaced by the service's name), e.g. a
 * flight recording: {@code TRACKER_JVM_OPTIONS='-XX:StartFlightRecording=filename=/tmp/{service}-%p.jfr,settings=profile'}.
 */
final class JvmOptions {
    static final String EXTRA_VARIABLE = "TRACKER_JVM_OPTIONS";

    /**
     * For tests that start many JVMs on a few cores (the cluster test): only the quick JIT compiler, so a process spends
     * less of its start compiling; the steady load of those tests needs no peak performance. Not for benchmarks.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private JvmOptions() {}

    static List<String> with(List<String> options, List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return all;
    }

    static List<String> broker() {
        return List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xshare:auto");
    }

    static List<String> service(String name) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xshare:auto"));
        String extra = System.getenv(EXTRA_VARIABLE);
        if (extra != null && !extra.isBlank()) {
            for (String option : extra.strip().split("\\s+")) options.add(option.replace("{service}", name));
        }
        return options;
    }
}
