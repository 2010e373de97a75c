package io.negotiationtracker.bench.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A local webhook receiver that notes when each delivery arrived (System.nanoTime) and answers 204. */
final class WebhookSink implements AutoCloseable {
    record Arrival(long nanos, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();

    WebhookSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            arrivals.add(new Arrival(System.nanoTime(), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Arrival next(long timeoutMillis) throws InterruptedException {
        Arrival a = arrivals.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (a == null) throw new IllegalStateException("no webhook arrived within " + timeoutMillis + " ms");
        return a;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
