package news.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PublicationDate: a publication instant as Damascus readers see it")
class PublicationDateTest {

    private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

    /* The month names PublicationDate typed by hand before it asked the JDK (CLDR ar-SY, HijrahChronology):
       its output must stay exactly what these made. */
    private static final List<String> HAND_TYPED_LEVANTINE_MONTHS = List.of(
            "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
            "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
    private static final List<String> HAND_TYPED_HIJRI_MONTHS = List.of(
            "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
            "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");

    @Test
    void showsTheLocalTimeTheLevantineDateAndTheHijriDate() {
        PublicationDate date = PublicationDate.of(Instant.parse("2025-11-29T08:19:00Z"), DAMASCUS);

        assertThat(date.local()).isEqualTo(OffsetDateTime.of(2025, 11, 29, 11, 19, 0, 0, ZoneOffset.ofHours(3)));
        assertThat(date.local().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(date.local()).hasToString("2025-11-29T11:19+03:00");
        assertThat(date.display()).isEqualTo("29 تشرين الثاني 2025");
        assertThat(date.hijri()).isEqualTo("1447-06-08");
        assertThat(date.hijriDisplay()).isEqualTo("8 جمادى الآخرة 1447 هـ");
    }

    @ParameterizedTest(name = "month {0} is «{1}»")
    @CsvSource({
        "1, كانون الثاني",
        "2, شباط",
        "3, آذار",
        "4, نيسان",
        "5, أيار",
        "6, حزيران",
        "7, تموز",
        "8, آب",
        "9, أيلول",
        "10, تشرين الأول",
        "11, تشرين الثاني",
        "12, كانون الأول",
    })
    void namesEveryMonthTheLevantineWay(int month, String name) {
        Instant noonInDamascus = LocalDate.of(2025, month, 15).atTime(12, 0).atZone(DAMASCUS).toInstant();

        PublicationDate date = PublicationDate.of(noonInDamascus, DAMASCUS);

        assertThat(date.display()).isEqualTo("15 " + name + " 2025");
    }

    @ParameterizedTest(name = "2025-{0}-15 has the Umm al-Qura date of java.time")
    @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"})
    void hijriDateFollowsTheUmmAlQuraCalendar(int month) {
        LocalDate day = LocalDate.of(2025, month, 15);
        HijrahDate reference = HijrahDate.from(day);

        PublicationDate date = PublicationDate.of(day.atTime(12, 0).atZone(DAMASCUS).toInstant(), DAMASCUS);

        assertThat(date.hijri()).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd").format(reference));
        assertThat(date.hijriDisplay()).startsWith(reference.get(java.time.temporal.ChronoField.DAY_OF_MONTH) + " ")
                .endsWith(" " + reference.get(java.time.temporal.ChronoField.YEAR) + " هـ");
    }

    @ParameterizedTest(name = "{0} is «{1}» / {2} / «{3}»")
    @CsvSource({
        "2025-01-15T09:00:00Z, 15 كانون الثاني 2025, 1446-07-15, 15 رجب 1446 هـ",
        "2025-03-15T09:00:00Z, 15 آذار 2025, 1446-09-15, 15 رمضان 1446 هـ",
        "2025-07-15T09:00:00Z, 15 تموز 2025, 1447-01-20, 20 محرم 1447 هـ",
        "2025-10-15T09:00:00Z, 15 تشرين الأول 2025, 1447-04-23, 23 ربيع الآخر 1447 هـ",
    })
    void namesHijriMonths(String instant, String display, String hijri, String hijriDisplay) {
        PublicationDate date = PublicationDate.of(Instant.parse(instant), DAMASCUS);

        assertThat(date.display()).isEqualTo(display);
        assertThat(date.hijri()).isEqualTo(hijri);
        assertThat(date.hijriDisplay()).isEqualTo(hijriDisplay);
    }

    @Test
    void lateEveningUtcIsAlreadyTheNextDayInDamascus() {
        PublicationDate date = PublicationDate.of(Instant.parse("2025-11-28T21:30:00Z"), DAMASCUS);

        assertThat(date.local()).isEqualTo(OffsetDateTime.of(2025, 11, 29, 0, 30, 0, 0, ZoneOffset.ofHours(3)));
        assertThat(date.display()).isEqualTo("29 تشرين الثاني 2025");
        assertThat(date.hijri()).isEqualTo("1447-06-08");
    }

    @Test
    void justBeforeMidnightInDamascusIsStillThePreviousDay() {
        PublicationDate date = PublicationDate.of(Instant.parse("2025-11-28T20:59:59Z"), DAMASCUS);

        assertThat(date.display()).isEqualTo("28 تشرين الثاني 2025");
        assertThat(date.hijri()).isEqualTo("1447-06-07");
    }

    @Test
    void theSameInstantIsShownInTheGivenZone() {
        PublicationDate utc = PublicationDate.of(Instant.parse("2025-11-28T21:30:00Z"), ZoneOffset.UTC);

        assertThat(utc.local()).isEqualTo(OffsetDateTime.of(2025, 11, 28, 21, 30, 0, 0, ZoneOffset.UTC));
        assertThat(utc.display()).isEqualTo("28 تشرين الثاني 2025");
    }

    @Test
    void anArchiveDateBeforeTheUmmAlQuraTablesHasNoHijriForm() {
        PublicationDate date = PublicationDate.of(Instant.parse("1850-01-01T00:00:00Z"), DAMASCUS);

        assertThat(date.local()).isNotNull();
        assertThat(date.local().toLocalDate()).isEqualTo(LocalDate.of(1850, 1, 1));
        assertThat(date.display()).isEqualTo("1 كانون الثاني 1850");
        assertThat(date.hijri()).isNull();
        assertThat(date.hijriDisplay()).isNull();
    }

    @Test
    void theFirstDayOfTheTablesHasAHijriForm() {
        // 1300-01-01 AH = 1882-11-12 CE is where java.time's Umm al-Qura data starts.
        PublicationDate date = PublicationDate.of(Instant.parse("1882-11-12T12:00:00Z"), DAMASCUS);

        assertThat(date.display()).isEqualTo("12 تشرين الثاني 1882");
        assertThat(date.hijri()).isEqualTo("1300-01-01");
        assertThat(date.hijriDisplay()).isEqualTo("1 محرم 1300 هـ");
    }

    @Test
    void noInstantMeansNoDate() {
        PublicationDate date = PublicationDate.of(null, DAMASCUS);

        assertThat(date.local()).isNull();
        assertThat(date.display()).isNull();
        assertThat(date.hijri()).isNull();
        assertThat(date.hijriDisplay()).isNull();
    }

    // --- the JDK's month names against the hand-typed ones ---

    @ParameterizedTest(name = "Gregorian month {0} reads as it did by hand")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyGregorianMonthReadsExactlyAsTheHandTypedNames(int month) {
        for (int year : new int[] {1850, 1882, 1999, 2025, 2026, 2174, 2200}) {
            LocalDate first = LocalDate.of(year, month, 1);
            for (int day : new int[] {1, 9, 10, first.lengthOfMonth()}) {
                PublicationDate date = PublicationDate.of(noonInDamascus(first.withDayOfMonth(day)), DAMASCUS);

                assertThat(date.display()).as("%d-%d-%d", year, month, day)
                        .isEqualTo(day + " " + HAND_TYPED_LEVANTINE_MONTHS.get(month - 1) + " " + year);
            }
        }
    }

    @ParameterizedTest(name = "Hijri month {0} reads as it did by hand")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyHijriMonthReadsExactlyAsTheHandTypedNames(int month) {
        for (int year : new int[] {1300, 1446, 1447, 1448, 1600}) {
            HijrahDate first = HijrahDate.of(year, month, 1);
            for (int day : new int[] {1, 9, 10, first.lengthOfMonth()}) {
                LocalDate gregorian = LocalDate.from(first.with(ChronoField.DAY_OF_MONTH, day));

                PublicationDate date = PublicationDate.of(noonInDamascus(gregorian), DAMASCUS);

                assertThat(date.hijri()).as("%d-%d-%d AH", year, month, day)
                        .isEqualTo(String.format("%04d-%02d-%02d", year, month, day));
                assertThat(date.hijriDisplay()).as("%d-%d-%d AH", year, month, day)
                        .isEqualTo(day + " " + HAND_TYPED_HIJRI_MONTHS.get(month - 1) + " " + year + " هـ");
            }
        }
    }

    @Test
    void datesOutsideTheUmmAlQuraTablesHaveNoHijriFormOnEitherSide() {
        LocalDate firstDay = LocalDate.from(HijrahDate.of(1300, 1, 1));
        LocalDate lastDay = LocalDate.from(HijrahDate.of(1600, 12, 1).with(TemporalAdjusters.lastDayOfMonth()));

        for (LocalDate outside : List.of(firstDay.minusDays(1), lastDay.plusDays(1), LocalDate.of(1700, 6, 15))) {
            PublicationDate date = PublicationDate.of(noonInDamascus(outside), DAMASCUS);

            assertThat(date.display()).as(outside.toString()).isEqualTo(outside.getDayOfMonth() + " "
                    + HAND_TYPED_LEVANTINE_MONTHS.get(outside.getMonthValue() - 1) + " " + outside.getYear());
            assertThat(date.hijri()).as(outside.toString()).isNull();
            assertThat(date.hijriDisplay()).as(outside.toString()).isNull();
        }
        assertThat(PublicationDate.of(noonInDamascus(firstDay), DAMASCUS).hijriDisplay()).isEqualTo("1 محرم 1300 هـ");
        assertThat(PublicationDate.of(noonInDamascus(lastDay), DAMASCUS).hijri()).startsWith("1600-12-");
    }

    private static Instant noonInDamascus(LocalDate day) {
        return day.atTime(12, 0).atZone(DAMASCUS).toInstant();
    }

    @ParameterizedTest(name = "{0} is local {1}, the same instant at an offset of whole minutes")
    @CsvSource({
        "1900-06-01T09:00:00Z, 1900-06-01T11:25:00+02:25",
        "1919-12-31T21:34:00Z, 1919-12-31T23:59:00+02:25",
        "2026-03-01T10:00:00Z, 2026-03-01T13:00:00+03:00",
        "0001-01-01T00:00:00Z, 0001-01-01T02:25:00+02:25"})
    void aLocalMeanTimeOffsetLosesItsSecondsButNotTheInstant(String instant, String local) {
        PublicationDate date = PublicationDate.of(Instant.parse(instant), DAMASCUS);

        assertThat(date.local().getOffset().getTotalSeconds() % 60).isZero();
        assertThat(date.local().toInstant()).isEqualTo(Instant.parse(instant));
        assertThat(date.local().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).isEqualTo(local);
    }
}
