package news.newsroom.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

/**
 * A publication instant as readers of the outlet see it: local time in the newsroom's zone, the Gregorian
 * date with Levantine month names («29 تشرين الثاني 2025») and the Hijri date by the Umm al-Qura calendar
 * ({@code 1447-06-08}, «8 جمادى الآخرة 1447 هـ»), which is what {@link HijrahChronology} implements.
 */
public record PublicationDate(OffsetDateTime local, String display, String hijri, String hijriDisplay) {

    private static final Locale SYRIA = Locale.forLanguageTag("ar-SY");

    /*
     * Month names come from the JDK's CLDR data for Syria, which names the Gregorian months the Levantine way
     * (كانون الثاني ... كانون الأول). CLDR's own digits for ar-SY are Arabic-Indic (٢٩), so the ASCII ones that the
     * rest of the API writes are asked for explicitly.
     */
    private static final DateTimeFormatter LEVANTINE = DateTimeFormatter.ofPattern("d MMMM u", SYRIA)
            .withDecimalStyle(DecimalStyle.STANDARD);

    /** Day, month name, year and era («هـ») of the Umm al-Qura calendar, in the same Arabic and digits. */
    private static final DateTimeFormatter HIJRI_DISPLAY = DateTimeFormatter.ofPattern("d MMMM y G", SYRIA)
            .withChronology(HijrahChronology.INSTANCE)
            .withDecimalStyle(DecimalStyle.STANDARD);

    private static final DateTimeFormatter HIJRI_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static PublicationDate of(Instant instant, ZoneId zone) {
        if (instant == null) {
            return new PublicationDate(null, null, null, null);
        }
        OffsetDateTime local = inWholeMinutes(instant.atZone(zone).toOffsetDateTime());
        LocalDate day = local.toLocalDate();
        String display = LEVANTINE.format(day);
        HijrahDate hijrah;
        try {
            hijrah = HijrahDate.from(day);
        } catch (DateTimeException outsideUmmAlQuraTables) {
            // The Umm al-Qura tables cover 1300-1600 AH (1882-2174 CE); an older archive date has no Hijri form.
            return new PublicationDate(local, display, null, null);
        }
        return new PublicationDate(local, display, HIJRI_ISO.format(hijrah), HIJRI_DISPLAY.format(hijrah));
    }

    /**
     * The same instant at an offset of whole minutes. Before standard time zones, a zone's offset was its local mean
     * time ({@code +02:25:12} in Damascus until 1920), which RFC 3339's {@code date-time} cannot write; the seconds
     * of the offset are dropped and the local time moves with them, so the instant stays exact.
     */
    static OffsetDateTime inWholeMinutes(OffsetDateTime local) {
        int seconds = local.getOffset().getTotalSeconds();
        if (seconds % 60 == 0) {
            return local;
        }
        return local.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(seconds / 60 * 60));
    }
}
