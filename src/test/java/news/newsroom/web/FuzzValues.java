package news.newsroom.web;

import com.fasterxml.jackson.databind.util.RawValue;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Values for the document fuzzer ({@link DocumentFuzzTest}), drawn from one seeded {@link Random}: valid ones
 * generated from a schema (enum values, bounds, formats, lengths) and hostile ones of a named {@link Kind}.
 * Schemas come from the parser with every reference resolved.
 */
final class FuzzValues {

    /** What a case did to the one value it spoiled; {@code VALID} when it spoiled none. */
    enum Kind {
        VALID, TOO_LONG, EMPTY, NUL, LONE_SURROGATE, BIDI_EMOJI, INJECTION, HUGE_NUMBER, NEGATIVE_NUMBER, ZERO,
        FRACTION, WRONG_TYPE, NULL, NULL_ITEM, TOO_MANY_ITEMS, DEEP_NESTING, OUT_OF_RANGE_INSTANT, BAD_DATE,
        UNKNOWN_FIELD, MISSING_FIELD, MALFORMED_JSON, WRONG_CONTENT_TYPE, NOT_ACCEPTABLE, BAD_CREDENTIALS
    }

    /** A value and what was done to it; {@code value} is a JSON tree (Map, List, String, Number, Boolean, null). */
    record Value(Object value, Kind kind) {
    }

    static final String OUT_OF_RANGE_INSTANT = "-999999999-01-01T00:00:00Z";
    private static final String ARABIC = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> INJECTIONS = List.of("' OR 1=1 --", "\"; DROP TABLE article; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "%00%27",
            "{{7*7}}", "\\\\server\\share", "a' || pg_sleep(0) || '");
    private static final List<String> BIDI = List.of("مرحبا 👋🏽 بالعالم", "\u202Eabc\u202C", "👨‍👩‍👧‍👦",
            "\uFEFFنص", "ا\u200Fب\u200Eج", "𝕏𝕪𝕫");

    private final Random random;

    FuzzValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    // --- valid values ---

    /** A value the schema accepts (as far as the schema alone says: slugs that name nothing are still 404s). */
    Object valid(Schema<?> schema) {
        return valid(schema, 0);
    }

    private Object valid(Schema<?> schema, int depth) {
        if (schema == null) {
            return "x";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return pick(new ArrayList<>(schema.getEnum()));
        }
        List<Schema> choices = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (choices != null && !choices.isEmpty()) {
            return valid(pick(new ArrayList<>(choices)), depth);
        }
        String type = typeOf(schema);
        switch (type) {
            case "integer", "number" -> {
                long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : 0;
                long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : min + 100;
                return min + (long) (random.nextDouble() * (Math.min(max, min + 1000) - min + 1));
            }
            case "boolean" -> {
                return random.nextBoolean();
            }
            case "array" -> {
                int min = schema.getMinItems() != null ? schema.getMinItems() : 0;
                int max = schema.getMaxItems() != null ? Math.min(schema.getMaxItems(), min + 3) : min + 3;
                List<Object> items = new ArrayList<>();
                int count = depth > 3 ? min : min + random.nextInt(max - min + 1);
                for (int i = 0; i < count; i++) {
                    items.add(valid(schema.getItems(), depth + 1));
                }
                return items;
            }
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                    schema.getProperties().forEach((name, property) -> {
                        if (required.contains(name) || (depth < 3 && chance(0.6))) {
                            object.put(name, valid(property, depth + 1));
                        }
                    });
                }
                return object;
            }
            default -> {
                return validString(schema);
            }
        }
    }

    String validString(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date-time" -> Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(200_000_000)).toString();
            case "date" -> "2025-11-" + (10 + random.nextInt(19));
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "uri", "url" -> "https://example.com/" + text(LATIN, 1 + random.nextInt(10));
            case "email" -> "reader" + random.nextInt(100_000) + "@example.com";
            case "int32", "int64" -> String.valueOf(random.nextInt(1000));
            default -> {
                int min = schema.getMinLength() != null ? Math.max(1, schema.getMinLength()) : 1;
                int max = schema.getMaxLength() != null ? Math.min(schema.getMaxLength(), min + 40) : min + 20;
                yield text(chance(0.6) ? ARABIC : LATIN, min + random.nextInt(Math.max(1, max - min + 1)));
            }
        };
    }

    String text(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    // --- hostile values ---

    /** A value a client should be refused for (or that must at least be answered as documented). */
    Value hostile(Schema<?> schema) {
        String type = schema == null ? "string" : typeOf(schema);
        return switch (type) {
            case "integer", "number" -> hostileNumber(schema);
            case "array" -> hostileArray(schema);
            case "object" -> pick(List.of(new Value(null, Kind.NULL), new Value("{}", Kind.WRONG_TYPE),
                    new Value(List.of(), Kind.WRONG_TYPE), new Value(deepNesting(), Kind.DEEP_NESTING)));
            case "boolean" -> pick(List.of(new Value("true", Kind.WRONG_TYPE), new Value(1, Kind.WRONG_TYPE),
                    new Value(null, Kind.NULL)));
            default -> chance(0.75) ? hostileString(schema) : pick(List.of(new Value(null, Kind.NULL),
                    new Value(false, Kind.WRONG_TYPE), new Value(0, Kind.WRONG_TYPE),
                    new Value(List.of("a"), Kind.WRONG_TYPE), new Value(Map.of("a", 1), Kind.WRONG_TYPE)));
        };
    }

    /** A hostile value as text, for query strings, path segments and headers. */
    Value hostileString(Schema<?> schema) {
        int limit = schema != null && schema.getMaxLength() != null ? schema.getMaxLength() + 1 : 5_000;
        return switch (random.nextInt(13)) {
            case 0 -> new Value(text(ARABIC, limit), Kind.TOO_LONG);
            case 1 -> new Value("", Kind.EMPTY);
            case 2 -> new Value("a\u0000b", Kind.NUL);
            case 3 -> new Value("a\ud800b", Kind.LONE_SURROGATE);
            case 4 -> new Value(pick(BIDI), Kind.BIDI_EMOJI);
            case 5, 6 -> new Value(pick(INJECTIONS), Kind.INJECTION);
            case 7 -> new Value(pick(List.of(OUT_OF_RANGE_INSTANT, "+999999999-12-31T23:59:59Z")), Kind.OUT_OF_RANGE_INSTANT);
            case 8 -> new Value(pick(List.of("2025-13-45", "2025-02-30T25:61:00Z", "yesterday", "0000-00-00")), Kind.BAD_DATE);
            case 9 -> new Value(pick(List.of("99999999999999999999", "9223372036854775808")), Kind.HUGE_NUMBER);
            case 10 -> new Value(pick(List.of("-1", "-9223372036854775808")), Kind.NEGATIVE_NUMBER);
            case 11 -> new Value(pick(List.of("0", "1.5", "1e3", "NaN")), Kind.FRACTION);
            default -> new Value(pick(List.of("   ", "\t", "null", "[]", "%", "%zz")), Kind.EMPTY);
        };
    }

    private Value hostileNumber(Schema<?> schema) {
        return switch (random.nextInt(8)) {
            case 0 -> new Value(Long.MAX_VALUE, Kind.HUGE_NUMBER);
            case 1 -> new Value(new BigInteger("99999999999999999999999999"), Kind.HUGE_NUMBER);
            case 2 -> new Value(pick(List.of(-1, Integer.MIN_VALUE, Long.MIN_VALUE)), Kind.NEGATIVE_NUMBER);
            case 3 -> new Value(schema != null && schema.getMaximum() != null
                    ? schema.getMaximum().longValue() + 1 : 0, Kind.ZERO);
            case 4 -> new Value(pick(List.of(1.5, 1e308)), Kind.FRACTION);
            case 5 -> new Value(pick(List.of("12", "abc", "")), Kind.WRONG_TYPE);
            case 6 -> new Value(pick(List.of(true, List.of(1))), Kind.WRONG_TYPE);
            default -> new Value(null, Kind.NULL);
        };
    }

    private Value hostileArray(Schema<?> schema) {
        return switch (random.nextInt(7)) {
            case 0 -> new Value(null, Kind.NULL);
            case 1 -> new Value(Collections.singletonList(null), Kind.NULL_ITEM);
            case 2 -> new Value(List.of(), Kind.EMPTY);
            case 3 -> new Value(deepNesting(), Kind.DEEP_NESTING);
            case 4 -> {
                int count = schema != null && schema.getMaxItems() != null ? schema.getMaxItems() + 1 : 2_000;
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(valid(schema == null ? null : schema.getItems()));
                }
                yield new Value(items, Kind.TOO_MANY_ITEMS);
            }
            case 5 -> {
                Value item = hostile(schema == null ? null : schema.getItems());
                yield new Value(Collections.singletonList(item.value()), item.kind());
            }
            default -> new Value(pick(List.of("a", 1, Map.of())), Kind.WRONG_TYPE);
        };
    }

    /** Arrays nested deeper than any parser should follow. */
    Object deepNesting() {
        return new RawValue("[".repeat(5_000) + "]".repeat(5_000));
    }

    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("string");
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return "string";
    }
}
