package io.negotiationtracker.notifier.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which receiver URLs are well-formed and name an acceptable host: absolute http(s), no user info, no fragment, and a
 * host name on tracker.webhooks.allowed-hosts ("*", the default, allows any name). Which ADDRESSES a host may resolve
 * to is the {@link AddressGuard}'s decision (public only, unless allowed).
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
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new IllegalArgumentException("url must be an http or https URL");
        if (uri.getHost() == null) throw new IllegalArgumentException("url must name a host");
        if (uri.getUserInfo() != null)
            throw new IllegalArgumentException(
                    "url must not carry credentials; use the secret to authenticate deliveries");
        if (uri.getFragment() != null) throw new IllegalArgumentException("url must not have a fragment");
        String host = host(uri);
        if (!allowedHosts.contains("*") && !allowedHosts.contains(host))
            throw new IllegalArgumentException("url host '" + host
                    + "' is not allowed (tracker.webhooks.allowed-hosts: " + String.join(", ", allowedHosts) + ")");
        return uri;
    }

    /** The URL's host, lower case, without the brackets of an IPv6 literal. */
    public static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
