package io.negotiationtracker.testsupport;

import java.nio.file.Path;

/** Started as a separate JVM by {@link PostgresTest}: starts PostgreSQL on args[0], says so, then waits to be killed. */
public final class PostgresChild {

    private PostgresChild() {}

    public static void main(String[] args) throws InterruptedException {
        Postgres pg = Postgres.start(Path.of(args[0]), true, false);
        System.out.println("READY " + pg.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
