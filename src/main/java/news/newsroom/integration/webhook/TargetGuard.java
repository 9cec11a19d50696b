package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import news.newsroom.NewsroomConfig;
import news.newsroom.web.ApiProblem;

/**
 * Decides whether a webhook may be sent to a URL, so that a subscription cannot turn the service into a way
 * into its own network (server-side request forgery). The URL must be https (http only when
 * {@code newsroom.webhooks.allow-http}), name a host, and carry no user info or fragment; the host is resolved
 * once, and every address it resolves to must be public ({@link AddressRanges}) unless
 * {@code newsroom.webhooks.allow-private-targets}. The target returned carries the address to connect to.
 * Subscriptions call {@link #check} when they are made, deliveries again before each attempt.
 *
 * <p>Resolving a name blocks the calling thread: call it from a worker, not from an event loop.
 */
@ApplicationScoped
public class TargetGuard {

    /** The longest URL accepted. */
    public static final int MAX_LENGTH = 2000;

    /** Names of metadata services that resolve only inside a cloud, and of this machine. */
    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal");

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final HostResolver resolver;

    @Inject
    TargetGuard(NewsroomConfig config) {
        this(config.webhooks().allowHttp(), config.webhooks().allowPrivateTargets(), HostResolver.SYSTEM);
    }

    public TargetGuard(boolean allowHttp, boolean allowPrivate, HostResolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The target to send to.
     *
     * @throws ApiProblem 422 {@code webhook-target-refused} naming the field {@code url} and the reason
     */
    public WebhookTarget check(String url) {
        if (url == null || url.isBlank()) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        if (url.length() > MAX_LENGTH) {
            throw TargetRefusal.TOO_LONG.problem(MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        if (uri.getScheme() == null) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !(allowHttp && scheme.equals("http"))) {
            throw (allowHttp ? TargetRefusal.SCHEME_OR_HTTP : TargetRefusal.SCHEME).problem();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw TargetRefusal.NO_HOST.problem();
        }
        if (authority.contains("@")) {
            throw TargetRefusal.USER_INFO.problem();
        }
        if (uri.getRawFragment() != null) {
            throw TargetRefusal.FRAGMENT.problem();
        }
        TargetHost host = TargetHost.parse(authority, https ? 443 : 80);
        return new WebhookTarget(uri, host.name(), host.port(), checkedAddress(host));
    }

    /** The first address of the host, once every one of them is allowed. */
    private InetAddress checkedAddress(TargetHost host) {
        if (!allowPrivate && host.isName()) {
            refuseWellKnownName(host.name());
        }
        InetAddress[] addresses = host.isName() ? resolve(host.name()) : new InetAddress[] {host.literal()};
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                AddressRanges.refusal(address).ifPresent(refusal -> {
                    throw refusal.problem(host.name());
                });
            }
        }
        return withoutName(addresses[0]);
    }

    private static void refuseWellKnownName(String name) {
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            throw TargetRefusal.LOOPBACK.problem(name);
        }
        if (METADATA_NAMES.contains(name)) {
            throw TargetRefusal.METADATA.problem(name);
        }
    }

    private InetAddress[] resolve(String name) {
        try {
            InetAddress[] addresses = resolver.resolve(name);
            if (addresses == null || addresses.length == 0) {
                throw TargetRefusal.UNRESOLVED.problem(name);
            }
            return addresses;
        } catch (UnknownHostException | SecurityException unknown) {
            throw TargetRefusal.UNRESOLVED.problem(name);
        }
    }

    /** The same address with no name attached, so that nothing downstream can resolve the name again. */
    private static InetAddress withoutName(InetAddress address) {
        if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
            try {
                return Inet6Address.getByAddress(null, v6.getAddress(), v6.getScopeId());
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return TargetHost.address(address.getAddress());
    }
}
