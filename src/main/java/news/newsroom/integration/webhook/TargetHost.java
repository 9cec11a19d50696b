package news.newsroom.integration.webhook;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host and port of a webhook URL, read the way browsers (the WHATWG URL standard) and curl read them: a
 * host that ends in a number is an IPv4 address in any of its numeric forms ({@code 2130706433},
 * {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}, {@code 0x7f.1}), never a name to look up; a
 * bracketed host is an IPv6 address (a zone id is dropped); anything else is a domain name, percent-decoded and
 * mapped to ASCII (fullwidth digits and dots included) before that reading.
 *
 * @param name the host as sent in {@code Host} and checked against the certificate: the domain name in ASCII
 *             lower case without a trailing dot, an IPv4 address in dotted form, or an IPv6 address without
 *             brackets
 * @param port the port, the scheme's default when the URL gives none
 * @param literal the address the host is written as, or {@code null} for a domain name
 */
record TargetHost(String name, int port, InetAddress literal) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_-]{1,63}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final String FORBIDDEN = " \t\n\r#/:<>?@[\\]^|%\"`{}";

    /** Reads the authority of a URL (user info already refused). */
    static TargetHost parse(String authority, int defaultPort) {
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw TargetRefusal.NOT_A_URL.problem();
            }
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw TargetRefusal.NOT_A_URL.problem();
            }
            return ipv6(authority.substring(1, close), port(rest.isEmpty() ? null : rest.substring(1), defaultPort));
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        int port = port(colon < 0 ? null : authority.substring(colon + 1), defaultPort);
        String name = domain(percentDecoded(host));
        return AddressText.ipv4(name).map(TargetHost::address)
                .map(address -> new TargetHost(address.getHostAddress(), port, address))
                .orElseGet(() -> new TargetHost(name, port, null));
    }

    /** True when the host is a domain name that must be resolved. */
    boolean isName() {
        return literal == null;
    }

    private static int port(String text, int defaultPort) {
        if (text == null || text.isEmpty()) {
            return defaultPort;
        }
        if (!DIGITS.matcher(text).matches() || text.length() > 5 || Integer.parseInt(text) < 1
                || Integer.parseInt(text) > 65_535) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        return Integer.parseInt(text);
    }

    private static TargetHost ipv6(String bracketed, int port) {
        int zone = bracketed.indexOf('%');
        String text = (zone < 0 ? bracketed : bracketed.substring(0, zone)).toLowerCase(Locale.ROOT);
        byte[] bytes = AddressText.ipv6(text);
        if (bytes == null) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        return new TargetHost(text, port, address(bytes));
    }

    /**
     * The domain name in ASCII lower case, without its trailing dot. Refuses characters no host may hold and
     * names that IDNA cannot map.
     */
    private static String domain(String decoded) {
        if (decoded.isEmpty()) {
            throw TargetRefusal.NO_HOST.problem();
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                throw TargetRefusal.NOT_A_URL.problem();
            }
        }
        String ascii;
        try {
            ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notMappable) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.isEmpty() || name.length() > 253) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw TargetRefusal.NOT_A_URL.problem();
            }
        }
        return name;
    }

    /** Decodes %XX escapes as UTF-8 (browsers read {@code %31%32%37.0.0.1} as 127.0.0.1). */
    private static String percentDecoded(String host) {
        if (host.indexOf('%') < 0) {
            return host;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < host.length()) {
            int escape = host.indexOf('%', i);
            if (escape < 0) {
                bytes.writeBytes(host.substring(i).getBytes(StandardCharsets.UTF_8));
                break;
            }
            bytes.writeBytes(host.substring(i, escape).getBytes(StandardCharsets.UTF_8));
            if (escape + 2 >= host.length() || !HexFormat.isHexDigit(host.charAt(escape + 1))
                    || !HexFormat.isHexDigit(host.charAt(escape + 2))) {
                throw TargetRefusal.NOT_A_URL.problem();
            }
            bytes.write(HexFormat.fromHexDigits(host, escape + 1, escape + 3));
            i = escape + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
    }

    /** An address made from its bytes: no name, so nothing can ever look it up. */
    static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException wrongLength) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
    }
}
