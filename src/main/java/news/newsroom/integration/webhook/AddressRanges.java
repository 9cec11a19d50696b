package news.newsroom.integration.webhook;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook may not be sent to: everything that is not public unicast. IPv4 and IPv6 ranges from
 * the IANA special-purpose registries, the cloud metadata services by name of their address, and IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) judged by the address they carry. Documentation
 * ranges are refused too: no real receiver lives there. An IPv6 address outside global unicast (2000::/3) is
 * refused as not allocated.
 */
final class AddressRanges {

    private record Range(byte[] prefix, int bits, TargetRefusal refusal) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            return rest == 0 || ((address[whole] ^ prefix[whole]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    private static final List<Range> IPV4 = List.of(
            range("169.254.169.254/32", TargetRefusal.METADATA),  // AWS, GCP, Azure, OpenStack, ...
            range("169.254.170.2/32", TargetRefusal.METADATA),    // AWS ECS task metadata
            range("100.100.100.200/32", TargetRefusal.METADATA),  // Alibaba Cloud
            range("168.63.129.16/32", TargetRefusal.METADATA),    // Azure host services (a public address)
            range("192.0.0.192/32", TargetRefusal.METADATA),      // Oracle Cloud
            range("0.0.0.0/8", TargetRefusal.UNSPECIFIED),
            range("10.0.0.0/8", TargetRefusal.PRIVATE),
            range("100.64.0.0/10", TargetRefusal.SHARED),
            range("127.0.0.0/8", TargetRefusal.LOOPBACK),
            range("169.254.0.0/16", TargetRefusal.LINK_LOCAL),
            range("172.16.0.0/12", TargetRefusal.PRIVATE),
            range("192.0.0.0/24", TargetRefusal.RESERVED),        // IETF protocol assignments
            range("192.0.2.0/24", TargetRefusal.RESERVED),        // documentation
            range("192.88.99.0/24", TargetRefusal.RESERVED),      // former 6to4 relays
            range("192.168.0.0/16", TargetRefusal.PRIVATE),
            range("198.18.0.0/15", TargetRefusal.RESERVED),       // benchmarking
            range("198.51.100.0/24", TargetRefusal.RESERVED),     // documentation
            range("203.0.113.0/24", TargetRefusal.RESERVED),      // documentation
            range("224.0.0.0/4", TargetRefusal.MULTICAST),
            range("255.255.255.255/32", TargetRefusal.BROADCAST),
            range("240.0.0.0/4", TargetRefusal.RESERVED));

    private static final List<Range> IPV6 = List.of(
            range("fd00:ec2::254/128", TargetRefusal.METADATA),   // AWS over IPv6
            range("::/128", TargetRefusal.UNSPECIFIED),
            range("::1/128", TargetRefusal.LOOPBACK),
            range("64:ff9b:1::/48", TargetRefusal.RESERVED),      // local-use NAT64
            range("100::/64", TargetRefusal.RESERVED),            // discard-only
            range("2001::/23", TargetRefusal.RESERVED),           // IETF protocol assignments, Teredo
            range("2001:db8::/32", TargetRefusal.RESERVED),       // documentation
            range("3fff::/20", TargetRefusal.RESERVED),           // documentation
            range("fc00::/7", TargetRefusal.PRIVATE),
            range("fe80::/10", TargetRefusal.LINK_LOCAL),
            range("fec0::/10", TargetRefusal.PRIVATE),            // former site-local
            range("ff00::/8", TargetRefusal.MULTICAST));

    private static final Range GLOBAL_UNICAST = range("2000::/3", TargetRefusal.RESERVED);
    private static final Range IPV4_MAPPED = range("::ffff:0:0/96", TargetRefusal.RESERVED);
    private static final Range IPV4_COMPATIBLE = range("::/96", TargetRefusal.RESERVED);
    private static final Range NAT64 = range("64:ff9b::/96", TargetRefusal.RESERVED);
    private static final Range SIX_TO_FOUR = range("2002::/16", TargetRefusal.RESERVED);

    private AddressRanges() {
    }

    /** Why a webhook may not go to this address; empty for a public unicast address. */
    static Optional<TargetRefusal> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ipv4(bytes) : ipv6(bytes);
    }

    private static Optional<TargetRefusal> ipv4(byte[] address) {
        return IPV4.stream().filter(range -> range.contains(address)).map(Range::refusal).findFirst();
    }

    private static Optional<TargetRefusal> ipv6(byte[] address) {
        for (Range range : IPV6) {
            if (range.contains(address)) {
                return Optional.of(range.refusal());
            }
        }
        if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
            return ipv4(Arrays.copyOfRange(address, 12, 16));
        }
        if (IPV4_COMPATIBLE.contains(address)) {
            // Deprecated and never routed: refused whatever it carries, named after what it carries.
            return ipv4(Arrays.copyOfRange(address, 12, 16)).or(() -> Optional.of(TargetRefusal.RESERVED));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return ipv4(Arrays.copyOfRange(address, 2, 6));
        }
        return GLOBAL_UNICAST.contains(address) ? Optional.empty() : Optional.of(TargetRefusal.RESERVED);
    }

    private static Range range(String cidr, TargetRefusal refusal) {
        int slash = cidr.indexOf('/');
        String address = cidr.substring(0, slash);
        byte[] prefix = address.contains(":") ? AddressText.ipv6(address) : AddressText.ipv4(address).orElseThrow();
        return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), refusal);
    }
}
