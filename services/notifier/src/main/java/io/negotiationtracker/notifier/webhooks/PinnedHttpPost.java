package io.negotiationtracker.notifier.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address that was already checked (no DNS lookup here), with ONE deadline for the whole
 * exchange: connect, TLS handshake (certificate verified for the URL's host name, SNI sent), request, response headers
 * and body. At the deadline the socket is closed whatever it is doing, so a receiver that trickles its answer cannot
 * hold a worker. The response body is read (to its end, at most 64 KiB kept in mind) and discarded.
 */
final class PinnedHttpPost implements AutoCloseable {
    private static final int MAX_HEADER_BYTES = 32 * 1024;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-deadlines");
        t.setDaemon(true);
        return t;
    });

    /** The deadline passed (the message says which part of the exchange it cut). */
    static final class DeadlineExceeded extends IOException {
        DeadlineExceeded(String message) {
            super(message);
        }
    }

    /** Sends the request; returns the response status, or throws (an IOException says what failed). */
    int post(WebhookTargets.Target target, Map<String, String> headers, String body, Duration deadline)
            throws IOException {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        String stage = "connecting";
        Socket socket = new Socket();
        ScheduledFuture<?> cut =
                deadlines.schedule(() -> closeQuietly(socket), deadline.toNanos(), TimeUnit.NANOSECONDS);
        try {
            boolean tls = target.uri().getScheme().equalsIgnoreCase("https");
            int port = target.uri().getPort() > 0 ? target.uri().getPort() : tls ? 443 : 80;
            String host = WebhookUrls.host(target.uri());
            socket.connect(
                    new InetSocketAddress(target.address(), port), (int) Math.max(1, remainingMillis(deadlineNanos)));
            Socket stream = socket;
            if (tls) {
                stage = "in the TLS handshake";
                stream = secure(socket, host, port);
            }
            stage = "sending the request";
            byte[] payload = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = stream.getOutputStream();
            out.write(requestHead(target, port, tls, headers, payload.length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            stage = "waiting for the response headers";
            InputStream in = new java.io.BufferedInputStream(stream.getInputStream());
            int status;
            Map<String, String> responseHeaders;
            do {
                status = statusOf(line(in, deadlineNanos, socket));
                responseHeaders = headers(in, deadlineNanos, socket);
            } while (status >= 100 && status < 200);
            stage = "reading the response body";
            ResponseBody.drain(in, status, responseHeaders, () -> beforeRead(deadlineNanos, socket));
            return status;
        } catch (IOException e) {
            // Every timeout set on the socket is what is left of the deadline, so any timeout means the deadline
            // passed.
            if (e instanceof SocketTimeoutException
                    || System.nanoTime() - deadlineNanos >= 0
                    || socket.isClosed() && e instanceof SocketException)
                throw new DeadlineExceeded("no complete answer within the deadline of " + deadline.toMillis()
                        + " ms (cut while " + stage + ")");
            throw e;
        } finally {
            cut.cancel(false);
            closeQuietly(socket);
        }
    }

    private static Socket secure(Socket socket, String host, int port) throws IOException {
        SSLSocket ssl =
                (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.matches("[0-9a-fA-F:.]+")) params.setServerNames(List.of(new SNIHostName(host)));
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        return ssl;
    }

    private static String requestHead(
            WebhookTargets.Target target, int port, boolean tls, Map<String, String> headers, int length) {
        String path =
                target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                        ? "/"
                        : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) path += "?" + target.uri().getRawQuery();
        String host = target.uri().getHost();
        boolean defaultPort = port == (tls ? 443 : 80);
        StringBuilder head = new StringBuilder("POST ")
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(defaultPort ? host : host + ":" + port)
                .append("\r\n")
                .append("Content-Length: ")
                .append(length)
                .append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> {
            if (name.indexOf('\r') >= 0
                    || name.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0)
                throw new IllegalArgumentException("header " + name + " must be one line");
            head.append(name).append(": ").append(value).append("\r\n");
        });
        return head.append("\r\n").toString();
    }

    private static int statusOf(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/"))
            throw new IOException("not an HTTP response: " + statusLine);
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + statusLine);
        }
    }

    private static Map<String, String> headers(InputStream in, long deadlineNanos, Socket socket) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        for (String line = line(in, deadlineNanos, socket); !line.isEmpty(); line = line(in, deadlineNanos, socket)) {
            total += line.length();
            if (total > MAX_HEADER_BYTES)
                throw new IOException("response headers larger than " + MAX_HEADER_BYTES + " bytes");
            int colon = line.indexOf(':');
            if (colon > 0)
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).strip());
        }
        return headers;
    }

    /** One CRLF-terminated line (ISO-8859-1), bounded in length and by the deadline. */
    static String line(InputStream in, long deadlineNanos, Socket socket) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            beforeRead(deadlineNanos, socket);
            int b = in.read();
            if (b < 0) throw new IOException("the connection closed in the middle of the response");
            if (b == '\n') break;
            if (b != '\r') sb.append((char) b);
            if (sb.length() > MAX_HEADER_BYTES)
                throw new IOException("a response line longer than " + MAX_HEADER_BYTES + " bytes");
        }
        return sb.toString();
    }

    private static void beforeRead(long deadlineNanos, Socket socket) throws IOException {
        long left = remainingMillis(deadlineNanos);
        if (left <= 0) throw new SocketTimeoutException("deadline");
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    private static long remainingMillis(long deadlineNanos) {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing to end the exchange: nothing left to do
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
