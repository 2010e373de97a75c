package io.negotiationtracker.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database migrated by a released service (its own migrations only, which hold copies of the platform's tables)
 * takes the platform's migration: it succeeds, keeps the rows, and the service's Flyway still validates (no checksum
 * error). The checksums of the released migrations are pinned: editing an applied migration would stop every database
 * the release migrated. A schema without the copies gets the same tables from the platform alone.
 */
class ReleasedServiceSchemasTest {
    /** version=checksum of each migration the release applied (the notifier's V3 and the projection's V3 are the same file). */
    static final List<String> NOTIFIER_RELEASED = List.of(
            "1=-862579794", "2=2051224197", "3=-749742520", "3.1=198938459", "3.2=1849391765", "3.3=1281754127");

    static final List<String> PROJECTION_RELEASED = List.of("1=-248343724", "2=1115173116", "3=-749742520");

    @Test
    void theNotifiersReleasedDatabaseTakesThePlatformTablesWithoutAChecksumError() throws SQLException {
        upgrade("notifier", NOTIFIER_RELEASED);
    }

    @Test
    void theProjectionsReleasedDatabaseTakesThePlatformTablesWithoutAChecksumError() throws SQLException {
        upgrade("projection", PROJECTION_RELEASED);
    }

    @Test
    void aSchemaWithoutTheCopiesGetsTheSameTablesFromThePlatformAlone() throws SQLException {
        PGSimpleDataSource released = database("released_shape");
        released("notifier", released).migrate();
        PGSimpleDataSource fresh = database("platform_only");
        PlatformTables.migrate(fresh, "consumed");
        assertThat(columns(fresh, "consumed", "consumer_offsets"))
                .isEqualTo(columns(released, "notifier", "consumer_offsets"));
        assertThat(columns(fresh, "consumed", "dead_letters")).isEqualTo(columns(released, "notifier", "dead_letters"));
        assertThat(platformIndexes(fresh, "consumed")).isEqualTo(platformIndexes(released, "notifier"));
    }

    private static void upgrade(String service, List<String> releasedChecksums) throws SQLException {
        PGSimpleDataSource ds = database("released_" + service);
        released(service, ds).migrate();
        assertThat(strings(
                        ds,
                        "select version || '=' || checksum from " + service
                                + ".flyway_schema_history where version is not null order by installed_rank"))
                .as("the released migrations are frozen (later ones may follow them)")
                .startsWith(releasedChecksums.toArray(new String[0]));
        execute(ds, "insert into " + service + ".consumer_offsets values ('group', 'topic', 0, 42)");
        execute(
                ds,
                "insert into " + service
                        + ".dead_letters (consumer, topic, partition, record_offset, reason) values ('group', 'topic', 0, 7, 'why')");

        PlatformTables.migrate(ds, service);
        PlatformTables.migrate(ds, service);

        assertThat(released(service, ds).validateWithResult().validationSuccessful)
                .as("no checksum error")
                .isTrue();
        assertThat(released(service, ds).migrate().migrationsExecuted).isZero();
        assertThat(strings(
                        ds,
                        "select version || ':' || success from " + service + "." + PlatformTables.HISTORY_TABLE
                                + " where version is not null order by installed_rank"))
                .containsExactly("0:true", "1:true");
        assertThat(strings(
                        ds,
                        "select next_offset || '/' || (select count(*) from " + service
                                + ".dead_letters where not published) from " + service + ".consumer_offsets"))
                .containsExactly("42/1");
    }

    /** The service's migrations as the release applied them: its own folder, its own history table. */
    private static Flyway released(String service, PGSimpleDataSource ds) {
        Path folder = Path.of("..", "..", "services", service, "src", "main", "resources", "db", "migration")
                .toAbsolutePath()
                .normalize();
        return Flyway.configure()
                .dataSource(ds)
                .schemas(service)
                .defaultSchema(service)
                .locations("filesystem:" + folder)
                .load();
    }

    private static PGSimpleDataSource database(String name) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(TestInfrastructure.newDatabase(name));
        ds.setUser(TestInfrastructure.jdbcUser());
        ds.setPassword(TestInfrastructure.jdbcPassword());
        return ds;
    }

    private static List<String> columns(PGSimpleDataSource ds, String schema, String table) throws SQLException {
        return strings(
                ds,
                "select column_name || ' ' || data_type || ' ' || is_nullable || ' ' || replace(coalesce(column_default, ''), '"
                        + schema + ".', '') " + "from information_schema.columns where table_schema = '" + schema
                        + "' and table_name = '" + table + "' order by column_name");
    }

    private static List<String> platformIndexes(PGSimpleDataSource ds, String schema) throws SQLException {
        return strings(
                ds,
                "select regexp_replace(indexdef, ' ON \\S+', ' ON t') from pg_indexes where schemaname = '" + schema
                        + "' and tablename in ('consumer_offsets', 'dead_letters') order by tablename, indexname");
    }

    private static List<String> strings(PGSimpleDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    private static void execute(PGSimpleDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
