package io.negotiationtracker.notifier.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which receiver URLs are acceptable: absolute http(s), no user info, and a host on the allow-list ("*" allows any).
 * The default list is loopback only, so a webhook cannot be pointed at internal services by accident.
 */
public final class WebhookUrls {
    private WebhookUrls() {}

    /** The URL as a URI, or an IllegalArgumentException saying what is wrong with it. */
    public static URI check(String url, Set<String> allowedHosts) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("url is required");
        if (url.length() > 2000) throw new IllegalArgumentException("url is longer than 2000 characters");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new IllegalArgumentException("url must be an http or https URL");
        if (uri.getHost() == null) throw new IllegalArgumentException("url must name a host");
        if (uri.getUserInfo() != null) throw new IllegalArgumentException("url must not carry credentials; use the secret to authenticate deliveries");
        if (uri.getFragment() != null) throw new IllegalArgumentException("url must not have a fragment");
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (!allowedHosts.contains("*") && !allowedHosts.contains(host))
            throw new IllegalArgumentException("url host '" + host + "' is not allowed (tracker.webhooks.allowed-hosts: " + String.join(", ", allowedHosts) + ")");
        return uri;
    }
}
