package io.negotiationtracker.notifier.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.notifier.alerts.TimeScanner;
import java.time.LocalDate;
import java.util.Map;

/** A running notifier (HTTP server, consumer, relay, webhook worker) in this JVM; closing it stops it like a process exit. */
public final class NotifierInstance implements AutoCloseable {
    private final EmbeddedServer server;

    private NotifierInstance(EmbeddedServer server) {
        this.server = server;
    }

    public static NotifierInstance start(Map<String, Object> properties) {
        return new NotifierInstance(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public int scan(String today) {
        return bean(TimeScanner.class).scan(LocalDate.parse(today));
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
