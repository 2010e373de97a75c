package io.negotiationtracker.cli;

/** The exit codes, stable for scripts. */
public final class ExitCode {
    public static final int OK = 0;
    /** Wrong arguments, or an input file that cannot be read or parsed. */
    public static final int USAGE = 1;
    /** A service answered and refused the request (4xx); the problem's detail and field are printed. */
    public static final int REFUSED = 2;
    /** A service could not be reached (connection refused, unknown host, no answer in time). */
    public static final int UNREACHABLE = 3;
    /** A service failed (5xx) or answered something this CLI cannot read. */
    public static final int SERVER_FAILED = 4;

    private ExitCode() {}
}
