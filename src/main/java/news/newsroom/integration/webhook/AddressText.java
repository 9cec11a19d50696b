package news.newsroom.integration.webhook;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP addresses written as text, read by the WHATWG URL standard's parsers, so a host means here what it means
 * to a browser. Neither ever consults DNS.
 */
final class AddressText {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HEX_NUMBER = Pattern.compile("0x[0-9a-f]*");
    private static final BigInteger IPV4_LIMIT = BigInteger.ONE.shiftLeft(32);

    private AddressText() {
    }

    /**
     * The four bytes a host in lower case means when it ends in a number: each dot-separated part decimal, octal
     * (leading 0) or hexadecimal (0x), the last part filling the remaining bytes ({@code 2130706433},
     * {@code 0x7f.1}, {@code 127.1}). Empty for a domain name; a host that ends in a number but is no valid
     * address is refused rather than looked up.
     */
    static Optional<byte[]> ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        String last = parts[parts.length - 1];
        if (!DIGITS.matcher(last).matches() && !HEX_NUMBER.matcher(last).matches()) {
            return Optional.empty();
        }
        if (parts.length > 4) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        long value = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger number = ipv4Number(parts[i]);
            boolean isLast = i == parts.length - 1;
            BigInteger limit = isLast ? BigInteger.ONE.shiftLeft(8 * (5 - parts.length)) : BigInteger.valueOf(256);
            if (number.compareTo(limit) >= 0 || number.compareTo(IPV4_LIMIT) >= 0) {
                throw TargetRefusal.NOT_A_URL.problem();
            }
            value += isLast ? number.longValue() : number.longValue() << (8 * (3 - i));
        }
        return Optional.of(ByteBuffer.allocate(4).putInt((int) value).array());
    }

    private static BigInteger ipv4Number(String part) {
        if (part.isEmpty()) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        try {
            return new BigInteger(digits, radix);
        } catch (NumberFormatException notANumber) {
            throw TargetRefusal.NOT_A_URL.problem();
        }
    }

    /**
     * The sixteen bytes of an IPv6 address in text (without brackets or zone), with an optional dotted IPv4 tail
     * kept as written ({@code ::127.0.0.1} stays IPv4-compatible, {@code 64:ff9b::127.0.0.1} stays NAT64);
     * {@code null} when it is not one.
     */
    static byte[] ipv6(String text) {
        int[] pieces = new int[8];
        int piece = 0;
        int compress = -1;
        int at = 0;
        int length = text.length();
        if (at < length && text.charAt(at) == ':') {
            if (!text.startsWith("::")) {
                return null;
            }
            at = 2;
            piece = 1;
            compress = piece;
        }
        while (at < length) {
            if (piece == 8) {
                return null;
            }
            if (text.charAt(at) == ':') {
                if (compress >= 0) {
                    return null;
                }
                at++;
                piece++;
                compress = piece;
                continue;
            }
            int value = 0;
            int digits = 0;
            while (digits < 4 && at < length && Character.digit(text.charAt(at), 16) >= 0) {
                value = value * 16 + Character.digit(text.charAt(at), 16);
                at++;
                digits++;
            }
            if (at < length && text.charAt(at) == '.') {
                return digits == 0 || piece > 6 ? null : ipv4Tail(text, at - digits, pieces, piece, compress);
            }
            if (at < length && text.charAt(at) == ':') {
                at++;
                if (at == length) {
                    return null;
                }
            } else if (at < length || digits == 0) {
                return null;
            }
            pieces[piece++] = value;
        }
        return bytes(pieces, piece, compress);
    }

    /** The dotted IPv4 address that ends an IPv6 address: four decimal parts, no leading zeros. */
    private static byte[] ipv4Tail(String text, int at, int[] pieces, int piece, int compress) {
        String[] parts = text.substring(at).split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (!DIGITS.matcher(part).matches() || part.length() > 3 || (part.length() > 1 && part.startsWith("0"))
                    || Integer.parseInt(part) > 255) {
                return null;
            }
            pieces[piece + i / 2] = pieces[piece + i / 2] * 256 + Integer.parseInt(part);
        }
        return bytes(pieces, piece + 2, compress);
    }

    private static byte[] bytes(int[] pieces, int used, int compress) {
        if (compress < 0 && used != 8) {
            return null;
        }
        if (compress >= 0) {
            int swaps = used - compress;
            int last = 7;
            while (last != 0 && swaps > 0) {
                int swapped = pieces[last];
                pieces[last] = pieces[compress + swaps - 1];
                pieces[compress + swaps - 1] = swapped;
                last--;
                swaps--;
            }
        }
        ByteBuffer buffer = ByteBuffer.allocate(16);
        for (int value : pieces) {
            buffer.putShort((short) value);
        }
        return buffer.array();
    }
}
