package io.negotiationtracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FreePortTest {
    @Test
    void portsAreDistinctBindableAndOutsideTheEphemeralRangeWhereThereIsOne() throws Exception {
        int[] ports = FreePort.find(20);
        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(20);
        assertThat(FreePort.find()).isNotIn(Arrays.stream(ports).boxed().toList());
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            int ephemeralStart;
            try (var reader = Files.newBufferedReader(range)) {
                ephemeralStart = Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
            }
            assertThat(Arrays.stream(ports).max().orElseThrow()).isLessThan(ephemeralStart);
        }
        for (int port : ports) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(port));
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
