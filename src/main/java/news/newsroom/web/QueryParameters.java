package news.newsroom.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses query and path parameter values so that a bad value is a 400 problem naming the parameter. Resources
 * declare typed parameters, converted by {@link ParameterConverters} with these rules.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int integerIn(String field, String raw, int min, int max) {
        long value = wholeNumber(field, raw, "param.integer-range", min, max);
        if (value < min || value > max) {
            throw ApiProblem.invalidParameter(field, "param.integer-range", min, max);
        }
        return (int) value;
    }

    /** A database id in a path: digits only, positive, within bigint. */
    public static long id(String field, String raw) {
        long value = wholeNumber(field, raw, "param.positive-id");
        if (value < 1) {
            throw ApiProblem.invalidParameter(field, "param.positive-id");
        }
        return value;
    }

    private static long wholeNumber(String field, String raw, String messageKey, Object... args) {
        if (raw == null || raw.isEmpty() || raw.length() > 19 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiProblem.invalidParameter(field, messageKey, args);
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException beyondBigint) {
            throw ApiProblem.invalidParameter(field, messageKey, args);
        }
    }

    /** {@code true} or {@code false}; anything else (JAX-RS would read it as false) is refused. */
    public static boolean bool(String field, String raw) {
        if ("true".equals(raw)) {
            return true;
        }
        if ("false".equals(raw)) {
            return false;
        }
        throw ApiProblem.invalidParameter(field, "param.boolean");
    }

    /** One of an enum's constants, written in lower case on the wire. */
    public static <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type, E fallback) {
        if (raw == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(raw)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw ApiProblem.invalidParameter(field, "param.one-of", accepted);
    }

    /**
     * A bound of a date range: a calendar day ({@code 2025-11-29}) or an instant with its offset. A day means that
     * day in the newsroom's time zone, which {@link DayOrInstant#start} and {@link DayOrInstant#end} apply. Either
     * lies in the years {@link StrictJson#FIRST_YEAR} to {@link StrictJson#LAST_YEAR}.
     */
    public static DayOrInstant dayOrInstant(String field, String raw) {
        if (raw.length() > 40) {
            throw ApiProblem.invalidParameter(field, "param.date");
        }
        DayOrInstant bound;
        try {
            if (raw.length() == 10) {
                bound = new DayOrInstant(LocalDate.parse(raw), null);
            } else {
                bound = new DayOrInstant(null, OffsetDateTime.parse(raw).toInstant());
            }
        } catch (DateTimeException notADate) {
            throw ApiProblem.invalidParameter(field, "param.date");
        }
        // A day is taken in the newsroom's zone, which moves it by hours at most: the instant's year decides.
        Instant checked = bound.day() != null ? bound.day().atStartOfDay(ZoneOffset.UTC).toInstant() : bound.instant();
        if (!StrictJson.inRange(checked)) {
            throw ApiProblem.invalidParameter(field, "param.date-range", StrictJson.FIRST_YEAR, StrictJson.LAST_YEAR);
        }
        return bound;
    }

    /** The start of a date range (see {@link #dayOrInstant}), or null without one. */
    public static Instant startOf(String field, String raw, ZoneId zone) {
        return raw == null ? null : dayOrInstant(field, raw).start(zone);
    }

    /** The (exclusive) end of a date range: a day means up to the end of that day in the newsroom's zone. */
    public static Instant endOf(String field, String raw, ZoneId zone) {
        return raw == null ? null : dayOrInstant(field, raw).end(zone);
    }

    /** Slugs reach SQL as bind parameters; this only refuses what no slug can be (NUL, control characters). */
    public static boolean isPlausibleSlug(String raw) {
        return raw != null && !raw.isEmpty() && raw.length() <= 200 && raw.chars().noneMatch(Character::isISOControl);
    }
}
