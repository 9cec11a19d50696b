package news.newsroom.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;

/**
 * A publication instant as readers of the outlet see it: local time in the newsroom's zone, the Gregorian
 * date with Levantine month names («29 تشرين الثاني 2025») and the Hijri date by the Umm al-Qura calendar
 * ({@code 1447-06-08}), which is what {@link java.time.chrono.HijrahChronology} implements.
 */
public record PublicationDate(OffsetDateTime local, String display, String hijri, String hijriDisplay) {

    private static final String[] LEVANTINE_MONTHS = {
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"
    };

    private static final String[] HIJRI_MONTHS = {
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"
    };

    private static final DateTimeFormatter HIJRI_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static PublicationDate of(Instant instant, ZoneId zone) {
        if (instant == null) {
            return new PublicationDate(null, null, null, null);
        }
        OffsetDateTime local = instant.atZone(zone).toOffsetDateTime();
        LocalDate day = local.toLocalDate();
        String display = day.getDayOfMonth() + " " + LEVANTINE_MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
        HijrahDate hijrah;
        try {
            hijrah = HijrahDate.from(day);
        } catch (DateTimeException outsideUmmAlQuraTables) {
            // The Umm al-Qura tables cover 1300-1600 AH (1882-2174 CE); an older archive date has no Hijri form.
            return new PublicationDate(local, display, null, null);
        }
        int hijriDay = hijrah.get(ChronoField.DAY_OF_MONTH);
        int hijriMonth = hijrah.get(ChronoField.MONTH_OF_YEAR);
        int hijriYear = hijrah.get(ChronoField.YEAR);
        String hijri = HIJRI_ISO.format(hijrah);
        String hijriDisplay = hijriDay + " " + HIJRI_MONTHS[hijriMonth - 1] + " " + hijriYear + " هـ";
        return new PublicationDate(local, display, hijri, hijriDisplay);
    }
}
