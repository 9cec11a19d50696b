package news.newsroom.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.ProblemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TargetGuard: webhooks go to public https addresses only")
class TargetGuardTest {

    /** Names the tests may resolve; the build machine has no outside DNS, and any other name is unknown. */
    private static final Map<String, String> DNS = Map.of(
            "example.com", "93.184.216.34",
            "hooks.partner.example", "2606:4700::1111",
            "internal.partner.example", "10.1.2.3",
            "rebound.partner.example", "127.0.0.1");

    private static InetAddress[] resolve(String name) throws UnknownHostException {
        if (name.equals("mixed.partner.example")) {
            return new InetAddress[] {address("93.184.216.34"), address("192.168.0.10")};
        }
        if (!DNS.containsKey(name)) {
            throw new UnknownHostException(name);
        }
        return new InetAddress[] {address(DNS.get(name))};
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final TargetGuard guard = new TargetGuard(false, false, TargetGuardTest::resolve);

    private static ApiProblem refusal(TargetGuard guard, String url) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> guard.check(url));
        assertThat(problem).as("%s is refused", url).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.WEBHOOK_TARGET_REFUSED);
        assertThat(problem.type().status()).isEqualTo(422);
        assertThat(problem.fieldIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.field()).isEqualTo("url");
            assertThat(issue.messageKey()).isEqualTo(problem.detailKey());
        });
        return problem;
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://localhost/                           | loopback
            https://LOCALHOST./                          | loopback
            https://api.localhost/                       | loopback
            https://127.0.0.1/                           | loopback
            https://2130706433/                          | loopback
            https://0x7f000001/                          | loopback
            https://0X7F000001/                          | loopback
            https://0177.0.0.1/                          | loopback
            https://127.1/                               | loopback
            https://0x7f.1/                              | loopback
            https://127.0.0.1./                          | loopback
            https://%31%32%37.0.0.1/                     | loopback
            https://１２７.０.０.１/                        | loopback
            https://[::1]/                               | loopback
            https://[::ffff:127.0.0.1]/                  | loopback
            https://[::ffff:7f00:1]/                     | loopback
            https://[::127.0.0.1]/                       | loopback
            https://[64:ff9b::127.0.0.1]/                | loopback
            https://[2002:7f00:1::]/                     | loopback
            https://rebound.partner.example/             | loopback
            https://10.0.0.5/                            | private
            https://10.1.2/                              | private
            https://172.16.3.4/                          | private
            https://192.168.1.1/                         | private
            https://[fc00::1]/                           | private
            https://internal.partner.example:8443/hook   | private
            https://mixed.partner.example/               | private
            https://169.254.169.254/latest/meta-data     | metadata
            https://[::ffff:169.254.169.254]/            | metadata
            https://[fd00:ec2::254]/                     | metadata
            https://100.100.100.200/                     | metadata
            https://metadata.google.internal/            | metadata
            https://169.254.10.1/                        | link-local
            https://[fe80::1]/                           | link-local
            https://[fe80::1%25eth0]/                    | link-local
            https://100.64.0.1/                          | shared
            https://0.0.0.0/                             | unspecified
            https://0/                                   | unspecified
            https://[::]/                                | unspecified
            https://224.0.0.1/                           | multicast
            https://[ff02::1]/                           | multicast
            https://255.255.255.255/                     | broadcast
            https://240.0.0.1/                           | reserved
            https://198.18.0.1/                          | reserved
            https://192.0.2.1/                           | reserved
            https://[2001:db8::1]/                       | reserved
            https://[::8.8.8.8]/                         | reserved
            http://example.com/                          | scheme
            ftp://x/                                     | scheme
            https://user:pw@example.com/                 | user-info
            https://user@example.com/                    | user-info
            https://example.com/hook#part                | fragment
            not a url                                    | not-a-url
            example.com/hook                             | not-a-url
            https://1.2.3.4.5/                           | not-a-url
            https://256.0.0.1/                           | not-a-url
            https://0x100000000/                         | not-a-url
            https://08.0.0.1/                            | not-a-url
            https://example.123/                         | not-a-url
            https://exa mple.com/                        | not-a-url
            https://example.com:0/                       | not-a-url
            https://example.com:65536/                   | not-a-url
            https://[::1/                                | not-a-url
            https://[example.com]/                       | not-a-url
            https:///nohost                              | no-host
            https:nohost                                 | no-host
            https://:443/                                | no-host
            https://no-such-host.partner.example/        | unresolved
            """)
    void refusedTargets(String url, String reason) {
        ApiProblem problem = refusal(guard, url);

        assertThat(problem.detailKey()).isEqualTo("webhook-target-refused." + reason);
    }

    @Test
    void aUrlOfMoreThan2000CharactersIsRefused() {
        String url = "https://example.com/" + "a".repeat(2001 - "https://example.com/".length());
        assertThat(url).hasSize(2001);

        ApiProblem problem = refusal(guard, url);

        assertThat(problem.detailKey()).isEqualTo("webhook-target-refused.too-long");
        assertThat(problem.args()).containsExactly(2000);
        assertThat(guard.check(url.substring(0, 2000)).host()).isEqualTo("example.com");
    }

    @Test
    void addressRefusalsNameTheHost() {
        assertThat(refusal(guard, "https://internal.partner.example/").args()).containsExactly("internal.partner.example");
        assertThat(refusal(guard, "https://0x7f000001/").args()).containsExactly("127.0.0.1");
    }

    @Test
    void aPublicIpv4LiteralIsAccepted() throws Exception {
        WebhookTarget target = guard.check("https://93.184.216.34/hook?topic=articles");

        assertThat(target.host()).isEqualTo("93.184.216.34");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.address()).isEqualTo(InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34}));
        assertThat(target.https()).isTrue();
        assertThat(target.requestUri()).isEqualTo("/hook?topic=articles");
        assertThat(target.uri()).hasToString("https://93.184.216.34/hook?topic=articles");
    }

    @Test
    void aPublicIpv6LiteralIsAccepted() {
        WebhookTarget target = guard.check("https://[2606:4700::1111]/");

        assertThat(target.host()).isEqualTo("2606:4700::1111");
        assertThat(target.address()).isEqualTo(address("2606:4700::1111"));
        assertThat(target.requestUri()).isEqualTo("/");
    }

    @Test
    void aNameIsResolvedOnceAndTheTargetCarriesTheAddressWithoutTheName() {
        int[] lookups = {0};
        TargetGuard counting = new TargetGuard(false, false, name -> {
            lookups[0]++;
            return resolve(name);
        });

        WebhookTarget target = counting.check("https://Hooks.Partner.Example:8443/newsroom");

        assertThat(lookups[0]).isEqualTo(1);
        assertThat(target.host()).isEqualTo("hooks.partner.example");
        assertThat(target.port()).isEqualTo(8443);
        assertThat(target.address().getHostAddress()).isEqualTo("2606:4700:0:0:0:0:0:1111");
        // No name attached: toString shows none, so nothing downstream can look it up again.
        assertThat(target.address().toString()).startsWith("/");
    }

    @Test
    void aNumericHostIsNeverLookedUp() {
        TargetGuard noDns = new TargetGuard(false, false, name -> {
            throw new AssertionError("looked up " + name);
        });

        assertThat(noDns.check("https://0x5db8d822/").host()).isEqualTo("93.184.216.34");
        assertThat(noDns.check("https://1572395042/").host()).isEqualTo("93.184.216.34");
        assertThat(noDns.check("https://93.184.55330/").host()).isEqualTo("93.184.216.34");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8089/hook", "http://localhost:8089/", "https://10.0.0.5/",
            "https://[::1]:8443/", "https://169.254.169.254/"})
    void withPrivateTargetsAllowedAnyAddressIsAccepted(String url) {
        TargetGuard open = new TargetGuard(true, true, name -> new InetAddress[] {address("127.0.0.1")});

        WebhookTarget target = open.check(url);

        assertThat(target.address()).isNotNull();
    }

    @Test
    void withPrivateTargetsAllowedTheTargetConnectsToTheLiteral() {
        TargetGuard open = new TargetGuard(true, true, TargetGuardTest::resolve);

        WebhookTarget target = open.check("http://127.0.0.1:8089/hook");

        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat(target.port()).isEqualTo(8089);
        assertThat(target.address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(target.https()).isFalse();
    }

    @Test
    void withPrivateTargetsAllowedTheUrlRulesStillHold() {
        TargetGuard open = new TargetGuard(false, true, TargetGuardTest::resolve);

        assertThat(refusal(open, "http://127.0.0.1:8089/").detailKey()).isEqualTo("webhook-target-refused.scheme");
        assertThat(refusal(open, "https://u:p@127.0.0.1/").detailKey()).isEqualTo("webhook-target-refused.user-info");
        assertThat(refusal(open, "https://nowhere.partner.example/").detailKey())
                .isEqualTo("webhook-target-refused.unresolved");
        TargetGuard openHttp = new TargetGuard(true, true, TargetGuardTest::resolve);
        assertThat(refusal(openHttp, "ftp://127.0.0.1/").detailKey()).isEqualTo("webhook-target-refused.scheme-or-http");
    }
}
