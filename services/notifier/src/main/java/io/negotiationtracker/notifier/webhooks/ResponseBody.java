package io.negotiationtracker.notifier.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/** Reads a response body to its end and forgets it: by Content-Length, chunked, or until the connection closes. */
final class ResponseBody {
    /** Checked before every read: throws once the deadline has passed (and sets the socket's read timeout to what is left). */
    @FunctionalInterface
    interface BeforeRead {
        void check() throws IOException;
    }

    private ResponseBody() {}

    static void drain(InputStream in, int status, Map<String, String> headers, BeforeRead beforeRead)
            throws IOException {
        if (status == 204 || status == 304) return;
        String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) {
            drainChunked(in, beforeRead);
            return;
        }
        String length = headers.get("content-length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length: " + length);
            }
            skip(in, n, beforeRead);
            return;
        }
        skip(in, Long.MAX_VALUE, beforeRead);
    }

    private static void drainChunked(InputStream in, BeforeRead beforeRead) throws IOException {
        while (true) {
            String sizeLine = line(in, beforeRead);
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + sizeLine);
            }
            if (size == 0) {
                while (!line(in, beforeRead).isEmpty()) {
                    // trailers
                }
                return;
            }
            skip(in, size, beforeRead);
            line(in, beforeRead);
        }
    }

    private static void skip(InputStream in, long n, BeforeRead beforeRead) throws IOException {
        byte[] buffer = new byte[8192];
        long left = n;
        while (left > 0) {
            beforeRead.check();
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                if (n == Long.MAX_VALUE) return;
                throw new IOException("the connection closed before the end of the response body");
            }
            left -= read;
        }
    }

    private static String line(InputStream in, BeforeRead beforeRead) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            beforeRead.check();
            int b = in.read();
            if (b < 0) throw new IOException("the connection closed in the middle of a chunked body");
            if (b == '\n') return sb.toString();
            if (b != '\r') sb.append((char) b);
            if (sb.length() > 8192) throw new IOException("a chunk line longer than 8192 bytes");
        }
    }
}
