package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import news.newsroom.web.ApiProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AddressText: IP addresses in text, read as browsers read them")
class AddressTextTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, 127.0.0.1", "2130706433, 127.0.0.1", "0x7f000001, 127.0.0.1", "0177.0.0.1, 127.0.0.1",
            "127.1, 127.0.0.1", "0x7f.1, 127.0.0.1", "10.1.2, 10.1.0.2", "0x0a.0x01.0x02.0x03, 10.1.2.3",
            "0, 0.0.0.0", "0x, 0.0.0.0", "4294967295, 255.255.255.255", "00000000000000000001.2.3.4, 1.2.3.4",
            "1.2.3.0x4, 1.2.3.4"})
    void numericHostsAreAddresses(String host, String dotted) throws UnknownHostException {
        byte[] bytes = AddressText.ipv4(host).orElseThrow();

        assertThat(InetAddress.getByAddress(bytes).getHostAddress()).isEqualTo(dotted);
    }

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = {"example.com", "0x7f000001.example.com", "127.0.0.1.nip", "1e3", "x", "0xg"})
    void hostsThatDoNotEndInANumberAreNames(String host) {
        assertThat(AddressText.ipv4(host)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"4294967296", "256.1.1.1", "1.256.1.1", "1.2.65536", "1.2.3.4.5", "09.1.1.1", "1..1",
            "example.09", "0x1.0xfg.1.1", ".1.1.1"})
    void hostsThatEndInANumberButAreNoAddressAreRefused(String host) {
        assertThatThrownBy(() -> AddressText.ipv4(host)).isInstanceOf(ApiProblem.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1::8", "2606:4700::1111", "fe80::1:2",
            "::ffff:7f00:1", "1:2:3:4:5:6::", "::2:3:4:5:6:7:8", "ABCD:ef01::0"})
    void ipv6AddressesReadAsTheJdkReadsThem(String text) throws UnknownHostException {
        // A bracketed literal: the JDK parses it and never consults DNS.
        InetAddress jdk = InetAddress.getByName("[" + text + "]");
        byte[] expected = jdk.getAddress().length == 16 ? jdk.getAddress() : mapped(jdk);

        assertThat(AddressText.ipv6(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} keeps its IPv4 tail where it is written")
    @CsvSource({"::127.0.0.1, 0:0:0:0:0:0:7f00:1", "64:ff9b::10.0.0.1, 64:ff9b:0:0:0:0:a00:1",
            "::ffff:127.0.0.1, 0:0:0:0:0:ffff:7f00:1", "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304"})
    void anIpv4TailStaysWhereItIsWritten(String text, String expanded) {
        byte[] bytes = AddressText.ipv6(text);
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            groups.append(i == 0 ? "" : ":").append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        }
        assertThat(groups).hasToString(expanded);
    }

    @ParameterizedTest(name = "{0} is not an IPv6 address")
    @ValueSource(strings = {"", ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::", ":1::", "1:",
            "1:2:3:4:5:6:7", "::1.2.3", "::1.2.3.04", "::256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:5",
            "example.com"})
    void malformedIpv6IsRefused(String text) {
        assertThat(AddressText.ipv6(text)).isNull();
    }

    private static byte[] mapped(InetAddress v4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, bytes, 12, 4);
        return bytes;
    }
}
