package news.newsroom.integration.webhook;

import java.security.SecureRandom;

/**
 * Webhook message ids ({@code webhook-id}): {@code msg_} and a ULID (48 bits of milliseconds, 80 random bits, in
 * Crockford's base32), unique and in the order they were made.
 */
final class MessageIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageIds() {
    }

    static String next() {
        char[] id = new char[26];
        long time = System.currentTimeMillis();
        for (int i = 9; i >= 0; i--) {
            id[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xFF);
            low = (low << 8) | (random[i + 5] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            id[i] = CROCKFORD[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            id[i] = CROCKFORD[(int) (low & 31)];
            low >>>= 5;
        }
        return "msg_" + new String(id);
    }
}
