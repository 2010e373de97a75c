package io.negotiationtracker.platform.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the platform's tables ({@code consumer_offsets}, {@code dead_letters}) in a service's schema from
 * the one definition in {@code classpath:db/platform}, with a history of its own ({@code platform_schema_history}) so
 * the service's Flyway history and checksums are left alone. A schema that already holds the service's tables is
 * baselined at version 0, so every platform migration still runs on it (each is written to find its tables there).
 */
public final class PlatformTables {
    public static final String HISTORY_TABLE = "platform_schema_history";

    private PlatformTables() {}

    public static void migrate(DataSource dataSource, String schema) {
        Flyway.configure(PlatformTables.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .table(HISTORY_TABLE)
                .locations("classpath:db/platform")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
