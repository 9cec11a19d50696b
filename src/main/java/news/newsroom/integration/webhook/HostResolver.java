package news.newsroom.integration.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a domain name up: the system resolver in the service, a table in tests (the build machine has no DNS). */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String name) throws UnknownHostException;
}
