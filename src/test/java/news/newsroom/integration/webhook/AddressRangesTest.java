package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AddressRanges: public unicast only, judged at the edges of each range")
class AddressRangesTest {

    private static InetAddress address(String literal) throws UnknownHostException {
        byte[] bytes = literal.contains(":") ? AddressText.ipv6(literal) : AddressText.ipv4(literal).orElseThrow();
        return InetAddress.getByAddress(bytes);
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"1.1.1.1", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "126.255.255.255",
            "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0", "192.167.255.255",
            "192.169.0.0", "198.17.255.255", "198.20.0.0", "223.255.255.255", "93.184.216.34",
            "2606:4700::1111", "2001:4860:4860::8888", "2001:200::1", "2003::1", "64:ff9b::808:808",
            "::ffff:8.8.8.8", "2002:808:808::1"})
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(AddressRanges.refusal(address(literal))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0.255.255.255, unspecified", "10.255.255.255, private", "100.64.0.0, shared", "100.127.255.255, shared",
            "127.255.255.255, loopback", "169.254.0.0, link-local", "169.254.255.255, link-local",
            "169.254.170.2, metadata", "168.63.129.16, metadata", "192.0.0.192, metadata", "172.16.0.0, private",
            "172.31.255.255, private", "192.168.255.255, private", "198.18.0.0, reserved", "198.19.255.255, reserved",
            "198.51.100.7, reserved", "203.0.113.9, reserved", "192.88.99.1, reserved", "239.255.255.255, multicast",
            "240.0.0.0, reserved", "255.255.255.254, reserved", "255.255.255.255, broadcast",
            "::, unspecified", "::1, loopback", "::808:808, reserved", "::a00:1, private", "::ffff:10.0.0.1, private",
            "64:ff9b::a9fe:a9fe, metadata", "64:ff9b:1::1, reserved", "2002:a00:1::, private", "2001::1, reserved",
            "2001:1ff:ffff::1, reserved", "2001:db8:ffff::1, reserved", "3fff:fff::1, reserved", "fc00::, private",
            "fdff:ffff::1, private", "fe80::, link-local", "febf:ffff::1, link-local", "fec0::1, private",
            "ff0e::1, multicast", "100::1, reserved", "4000::1, reserved", "1fff:ffff::1, reserved"})
    void everythingElseIsRefusedWithItsReason(String literal, String reason) throws UnknownHostException {
        assertThat(AddressRanges.refusal(address(literal))).map(TargetRefusal::messageKey)
                .contains("webhook-target-refused." + reason);
    }
}
