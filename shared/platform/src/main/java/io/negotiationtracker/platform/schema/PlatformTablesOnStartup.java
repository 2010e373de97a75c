package io.negotiationtracker.platform.schema;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Migrates the platform's tables when the service's DataSource is created, before any bean can use it, and after the
 * service's own Flyway migration (this listener runs last): the released service migrations create these tables with
 * a plain "create table", so they must come first (see db/platform/V1__consumer_offsets_and_dead_letters.sql).
 */
@Singleton
@Requires(property = "tracker.platform-tables.schema")
public class PlatformTablesOnStartup implements BeanCreatedEventListener<DataSource>, Ordered {
    private final PlatformTablesConfig config;

    public PlatformTablesOnStartup(PlatformTablesConfig config) {
        this.config = config;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        PlatformTables.migrate(event.getBean(), config.schema());
        return event.getBean();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
