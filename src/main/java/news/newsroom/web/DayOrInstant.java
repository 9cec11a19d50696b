package news.newsroom.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A bound of a time range as a client writes it: a calendar day ({@code 2025-11-29}), meaning that day in the
 * newsroom's time zone, or an instant with its offset ({@code 2025-11-29T08:19:00Z}). Parameters of this type are
 * documented as strings.
 */
public record DayOrInstant(LocalDate day, Instant instant) {

    /** The start of the range: the instant, or the start of the day in {@code zone}. */
    public Instant start(ZoneId zone) {
        return day != null ? day.atStartOfDay(zone).toInstant() : instant;
    }

    /**
     * The exclusive end of the range: just past the instant (an instant bound is inclusive), or the start of the
     * next day in {@code zone}.
     */
    public Instant end(ZoneId zone) {
        return day != null ? day.plusDays(1).atStartOfDay(zone).toInstant() : instant.plusNanos(1000);
    }
}
