package io.negotiationtracker.notifier.webhooks;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Turns a webhook URL into the address to deliver to: the URL rules ({@link WebhookUrls}), then the host resolved once
 * and checked by the {@link AddressGuard}. Used when a subscription is made and again before every delivery attempt
 * (DNS may have changed since), and the attempt connects to exactly the address checked.
 */
@Singleton
public class WebhookTargets {
    /** Where one attempt goes: the URL (for Host, TLS name and path) and the checked address to connect to. */
    public record Target(URI uri, InetAddress address) {}

    private final WebhookSettings settings;
    private final HostResolver resolver;

    public WebhookTargets(WebhookSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /**
     * The target; IllegalArgumentException for a malformed or disallowed URL, {@link WebhookRefused} for a non-public
     * address, UnknownHostException when the name does not resolve (now).
     */
    public Target resolve(String url) throws UnknownHostException {
        URI uri = WebhookUrls.check(url, settings.allowedHosts());
        String host = WebhookUrls.host(uri);
        return new Target(uri, settings.guard().choose(host, resolver.resolve(host)));
    }
}
