package news.newsroom.integration.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes JSON-LD that the website can put as it is inside {@code <script type="application/ld+json">}: a title
 * holding {@code </script>} would otherwise end the script element and let the rest run as HTML on our own page.
 * {@code <}, {@code >} and {@code &} are written as JSON escapes (backslash, u, four hex digits), which JSON readers
 * turn back into the same characters; Arabic stays raw UTF-8.
 */
@ApplicationScoped
public class JsonLdWriter {

    private final ObjectWriter writer;

    public JsonLdWriter(ObjectMapper objectMapper) {
        this.writer = objectMapper.writer().with(new ScriptSafeEscapes());
    }

    public byte[] write(Object document) {
        try {
            return writer.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON-LD record could not be written as JSON", e);
        }
    }

    /** JSON's own escapes, plus the characters that matter to an HTML parser inside a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] asciiEscapes;

        ScriptSafeEscapes() {
            asciiEscapes = standardAsciiEscapesForJSON();
            asciiEscapes['<'] = ESCAPE_STANDARD;
            asciiEscapes['>'] = ESCAPE_STANDARD;
            asciiEscapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
