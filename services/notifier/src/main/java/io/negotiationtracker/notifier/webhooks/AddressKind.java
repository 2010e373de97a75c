package io.negotiationtracker.notifier.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * What an address is, for the SSRF guard: only PUBLIC addresses are reachable by a webhook unless the operator allows a
 * host or block. IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address they carry.
 */
public enum AddressKind {
    PUBLIC("a public address"),
    UNSPECIFIED("the unspecified address (0.0.0.0, ::) or 0.0.0.0/8"),
    LOOPBACK("a loopback address"),
    LINK_LOCAL("a link-local address (169.254.0.0/16, fe80::/10; cloud metadata lives here)"),
    PRIVATE("a private address (RFC 1918: 10/8, 172.16/12, 192.168/16)"),
    UNIQUE_LOCAL("a unique-local IPv6 address (fc00::/7, or the old site-local fec0::/10)"),
    SHARED("a carrier-grade NAT address (100.64.0.0/10)"),
    MULTICAST("a multicast or broadcast address"),
    RESERVED("a reserved, benchmarking or documentation address");

    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean reachableByDefault() {
        return switch (this) {
            case PUBLIC -> true;
            case UNSPECIFIED, LOOPBACK, LINK_LOCAL, PRIVATE, UNIQUE_LOCAL, SHARED, MULTICAST, RESERVED -> false;
        };
    }

    public static AddressKind of(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            InetAddress embedded = embeddedIpv4(v6.getAddress());
            if (embedded != null) return of(embedded);
        }
        if (address.isAnyLocalAddress()) return UNSPECIFIED;
        if (address.isLoopbackAddress()) return LOOPBACK;
        if (address.isLinkLocalAddress()) return LINK_LOCAL;
        if (address.isMulticastAddress()) return MULTICAST;
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address)
            return ofIpv4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, address.isSiteLocalAddress());
        if ((b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress()) return UNIQUE_LOCAL;
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)
            return RESERVED;
        return PUBLIC;
    }

    private static AddressKind ofIpv4(int a, int b, int c, boolean siteLocal) {
        if (a == 0) return UNSPECIFIED;
        if (siteLocal) return PRIVATE;
        if (a == 100 && (b & 0xc0) == 64) return SHARED;
        if (a >= 224) return a == 255 || a < 240 ? MULTICAST : RESERVED;
        if (a == 192 && b == 0 && (c == 0 || c == 2)) return RESERVED;
        if (a == 198 && (b == 18 || b == 19)) return RESERVED;
        if (a == 198 && b == 51 && c == 100) return RESERVED;
        if (a == 203 && b == 0 && c == 113) return RESERVED;
        return PUBLIC;
    }

    /** The IPv4 address inside ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) or 64:ff9b::a.b.c.d (NAT64); null otherwise. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] == 1);
        boolean nat64 = (b[0] & 0xff) == 0
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (!mapped && !compatible && !nat64) return null;
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
