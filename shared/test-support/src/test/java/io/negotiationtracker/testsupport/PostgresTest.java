package io.negotiationtracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTest {

    @TempDir
    Path dir;

    @Test
    void createsATableAndReadsBackWhatItInserted() throws SQLException {
        try (Postgres pg = Postgres.start(dir.resolve("pg"), false, false)) {
            System.out.println("PostgreSQL start-up (fresh cluster, not durable): "
                    + pg.startupTime().toMillis() + " ms");
            assertThat(pg.user()).isEqualTo("postgres");
            assertThat(pg.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/orders");

            pg.createDatabaseIfMissing("orders");
            pg.createDatabaseIfMissing("orders"); // idempotent
            try (Connection c = pg.connect("orders");
                    Statement s = c.createStatement()) {
                assertThat(setting(s, "fsync")).isEqualTo("off");
                s.execute("CREATE TABLE offer (id bigint PRIMARY KEY, amount numeric NOT NULL)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO offer VALUES (?, ?)")) {
                    insert.setLong(1, 1);
                    insert.setBigDecimal(2, new java.math.BigDecimal("12.50"));
                    insert.executeUpdate();
                }
                try (ResultSet rs = s.executeQuery("SELECT id, amount FROM offer")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(1);
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("12.50");
                    assertThat(rs.next()).isFalse();
                }
            }
        }
        assertThat(dir.resolve("pg")).doesNotExist(); // keepData=false: deleted on close
    }

    @Test
    void durableServerKeepsItsDataAcrossARestart() throws Exception {
        Path data = dir.resolve("pg");
        try (Postgres pg = Postgres.start(data, true, true)) {
            System.out.println(
                    "PostgreSQL start-up (initdb, durable): " + pg.startupTime().toMillis() + " ms");
            pg.createDatabaseIfMissing("kept");
            try (Connection c = pg.connect("kept");
                    Statement s = c.createStatement()) {
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(s, "full_page_writes")).isEqualTo("on");
                s.execute("CREATE TABLE note (body text)");
                s.execute("INSERT INTO note VALUES ('survives')");
            }
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        try (Postgres pg = Postgres.start(data, true, true)) {
            System.out.println("PostgreSQL restart on an existing cluster (durable): "
                    + pg.startupTime().toMillis() + " ms");
            try (Connection c = pg.connect("kept");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT body FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives");
            }
        }
        assertThat(Files.exists(PostgresDataDir.logFile(data))).isTrue();
    }

    @Test
    void stopsAServerLeftRunningByAKilledJvmAndTakesOverItsData() throws Exception {
        Path data = dir.resolve("pg");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PostgresChild.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        long orphanPid;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // skip the child's log lines
            }
            assertThat(line).as("child JVM started PostgreSQL").isNotNull();
            orphanPid = Long.parseLong(
                    Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, the server is left running
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (Postgres pg = Postgres.start(data, true, false)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            try (Connection c = pg.connect("postgres");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void refusesADataDirectoryWhoseServerIsStillOwned() {
        Path data = dir.resolve("pg");
        try (Postgres first = Postgres.start(data, true, false)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Postgres.start(data, true, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            assertThat(first.port()).isPositive();
        }
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
