package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds TCP ports on the loopback interface that are free at the time of the call.
 *
 * <p>A port found here can still be taken by another process before the caller binds it; callers that bind
 * it later (a broker, a database) retry with new ports when the bind fails.
 */
public final class FreePort {

    private FreePort() {}

    /** One port that is free on 127.0.0.1 now. */
    public static int find() {
        return find(1)[0];
    }

    /** {@code count} distinct ports that are free on 127.0.0.1 now (all held open together while found). */
    public static int[] find(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not find " + count + " free TCP port(s) on "
                            + InetAddress.getLoopbackAddress().getHostAddress(),
                    e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing useful to do: the port is released when the process ends anyway
                }
            }
        }
    }
}
