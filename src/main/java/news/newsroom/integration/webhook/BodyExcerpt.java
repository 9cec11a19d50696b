package news.newsroom.integration.webhook;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a response body, kept for the delivery log; the rest is never held. Safe to fill from the
 * connection's thread and read from another.
 */
final class BodyExcerpt {

    /** How much of a response body is kept. */
    static final int LIMIT = 4096;

    private final byte[] bytes = new byte[LIMIT];
    private int length;

    /** Keeps what fits; true once the excerpt is full, so the caller stops reading. */
    synchronized boolean add(byte[] chunk) {
        int taken = Math.min(chunk.length, LIMIT - length);
        System.arraycopy(chunk, 0, bytes, length, taken);
        length += taken;
        return length == LIMIT;
    }

    /**
     * The excerpt as text: UTF-8, with bad bytes replaced, a character cut at the end dropped, and NUL removed
     * (PostgreSQL text cannot hold it), trimmed back to {@link #LIMIT} bytes of UTF-8.
     */
    synchronized String text() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(LIMIT);
        // Not flushed: an incomplete character at the cut is dropped rather than shown as a replacement.
        decoder.decode(ByteBuffer.wrap(bytes, 0, length), chars, false);
        chars.flip();
        StringBuilder text = new StringBuilder(chars.length());
        int size = 0;
        for (int codePoint : chars.codePoints().toArray()) {
            int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (codePoint == 0) {
                continue;
            }
            if (size + width > LIMIT) {
                break;
            }
            text.appendCodePoint(codePoint);
            size += width;
        }
        return text.toString();
    }
}
