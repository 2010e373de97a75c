package io.negotiationtracker.notifier.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a webhook host to its addresses (the system resolver; tests may swap in another, e.g. one that rebinds). */
@FunctionalInterface
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
}
