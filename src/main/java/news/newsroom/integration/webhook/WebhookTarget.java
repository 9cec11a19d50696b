package news.newsroom.integration.webhook;

import java.net.InetAddress;
import java.net.URI;

/**
 * A webhook URL that {@link TargetGuard} has checked, with the address it was checked at. Deliveries connect to
 * {@code address} and never look the name up again, so a name that answers a public address to the check and a
 * private one a moment later (DNS rebinding) still reaches only the checked address.
 *
 * @param uri the URL as given
 * @param host the host for the {@code Host} header, TLS server name and certificate check: the domain name in
 *             ASCII lower case, or the IP address (IPv6 without brackets)
 * @param port the port, 443 or 80 when the URL gives none
 * @param address the checked address to connect to
 */
public record WebhookTarget(URI uri, String host, int port, InetAddress address) {

    public boolean https() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    /** The {@code Host} header: the host (an IPv6 address in brackets), and the port unless the scheme's own. */
    public String hostHeader() {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return port == (https() ? 443 : 80) ? name : name + ":" + port;
    }

    /** The path and query as they go in the request line. */
    public String requestUri() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
