package io.negotiationtracker.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of the processes the dev stack starts. A service also takes what the environment variable
 * {@code TRACKER_JVM_OPTIONS} adds (split on white space, {@code {service}} replaced by the service's name), e.g. a
 * flight recording: {@code TRACKER_JVM_OPTIONS='-XX:StartFlightRecording=filename=/tmp/{service}-%p.jfr,settings=profile'}.
 *
 * <p>Lean services (docs/BENCHMARKS.md, "Lean services"): a small initial heap that grows under load up to the same
 * maximum (the JDK's default initial heap is a 64th of the machine's memory, here about 380 MB, all of it touched by the
 * first young collections); the Serial collector; class data sharing of the application's own classes, an archive per
 * instance written at its first exit and mapped at every later start (JDK 19+), and idle native memory given back to
 * the system every few seconds (JDK 22+).
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

    /** @param archive the instance's class data sharing archive (created when missing or stale) */
    static List<String> service(String name, Path archive) {
        return service(name, archive, Runtime.version().feature(), System.getenv(EXTRA_VARIABLE));
    }

    static List<String> service(String name, Path archive, int javaFeature, String extra) {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx512m", "-XX:+UseSerialGC", "-Xshare:auto"));
        if (javaFeature >= 19) {
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-XX:+AutoCreateSharedArchive");
        }
        if (javaFeature >= 22) options.add("-XX:TrimNativeHeapInterval=5000");
        if (extra != null && !extra.isBlank()) {
            for (String option : extra.strip().split("\\s+")) options.add(option.replace("{service}", name));
        }
        return options;
    }
}
