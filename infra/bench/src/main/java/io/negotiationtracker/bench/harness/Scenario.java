package io.negotiationtracker.bench.harness;

/** One measurement of the harness: it runs against the shared stack and puts its figures into the context's results. */
public interface Scenario {
    /** The name used on the command line and in the table ({@code bin/bench e2e}). */
    String name();

    void run(BenchContext context) throws Exception;
}
