package io.negotiationtracker.notifier.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback that answers 200 with its headers at once, then trickles a long body one byte every
 * {@code gapMillis} (for at most a minute): the kind of receiver that used to hold a webhook worker.
 */
public final class TricklingReceiver implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    public TricklingReceiver(long gapMillis) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket s = server.accept();
                            Thread.ofVirtual().start(() -> trickle(s, gapMillis));
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "trickling-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void trickle(Socket s, long gapMillis) {
        try (s) {
            InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) return;
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            requests.incrementAndGet();
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long until = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < until) {
                out.write('x');
                out.flush();
                Thread.sleep(gapMillis);
            }
        } catch (IOException | InterruptedException e) {
            // the notifier cut the connection: expected
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    /** Requests whose headers were read (each attempt is one). */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
