package io.negotiationtracker.notifier.webhooks;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SSRF guard (pure): a webhook host may be reached only if EVERY address it resolves to is public, unless the
 * operator allowed the host by name or the address by block (tracker.webhooks.allow-private). Returns the address to
 * connect to (the first one checked), so delivery never resolves the name a second time.
 */
public record AddressGuard(Set<String> allowedNames, List<Cidr> allowedBlocks) {

    public static AddressGuard parse(String allowances) {
        Set<String> names = new java.util.HashSet<>();
        List<Cidr> blocks = new java.util.ArrayList<>();
        for (String raw : allowances.split(",")) {
            String s = raw.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) continue;
            if (s.matches("[0-9a-f:.]+(/\\d+)?") && (s.contains("/") || s.contains(":") || s.matches("[0-9.]+")))
                blocks.add(Cidr.parse(s));
            else names.add(s);
        }
        return new AddressGuard(Set.copyOf(names), List.copyOf(blocks));
    }

    /** The address to connect to; a {@link WebhookRefused} naming the address and why, when one is not reachable. */
    public InetAddress choose(String host, List<InetAddress> resolved) {
        if (resolved.isEmpty()) throw new WebhookRefused("url host '" + host + "' has no address");
        boolean namedByOperator = allowedNames.contains(host.toLowerCase(Locale.ROOT));
        for (InetAddress a : resolved) {
            AddressKind kind = AddressKind.of(a);
            if (kind.reachableByDefault()
                    || namedByOperator
                    || allowedBlocks.stream().anyMatch(b -> b.contains(a))) continue;
            throw new WebhookRefused(
                    "url host '" + host + "' resolves to " + a.getHostAddress() + ", " + kind.description()
                            + "; webhooks may only reach public addresses unless tracker.webhooks.allow-private names the host or its block");
        }
        return resolved.get(0);
    }
}
