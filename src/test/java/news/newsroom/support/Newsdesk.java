package news.newsroom.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleStatus;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.tag.Tag;

/**
 * A small newsroom most API tests share: four sections (energy nested under economy), two authors,
 * three Arabic tags, five published articles a day apart, and one article in each non-public status.
 * A test class gets it afresh before each test with {@link KnownNewsroom}.
 */
public record Newsdesk(
        Section politics, Section economy, Section energy, Section culture,
        Author rami, Author lina,
        Tag water, Tag solar, Tag elections,
        Article electionsToday, Article solarRoofs, Article waterCuts, Article budget, Article theatre,
        Article draft, Article scheduled, Article archived) {

    /** Fixed base time: the newest article was published 2025-11-29 08:19 UTC (11:19 in Damascus). */
    public static final Instant NEWEST = Instant.parse("2025-11-29T08:19:00Z");

    public static Newsdesk create(TestContent content) {
        content.clear();
        Section politics = content.section("politics", "سياسة", null, 1);
        Section economy = content.section("economy", "اقتصاد", null, 2);
        Section energy = content.section("energy", "طاقة", economy, 1);
        Section culture = content.section("culture", "ثقافة", null, 3);
        Author rami = content.author("rami-haddad", "رامي حداد");
        Author lina = content.author("lina-khoury", "لينا خوري");
        Tag water = content.tag("المياه");
        Tag solar = content.tag("الطاقة الشمسية");
        Tag elections = content.tag("انتخابات");
        Article electionsToday = content.article("لجنة الانتخابات تعلن جدول الاقتراع في حمص")
                .in(politics).by(rami).tagged(elections).publishedAt(NEWEST).create();
        Article solarRoofs = content.article("الألواح الشمسية تغيّر وجه الأسطح في حمص")
                .in(energy).by(lina).tagged(solar, water).publishedAt(daysBefore(1)).create();
        Article waterCuts = content.article("جدول جديد لتوزيع المياه في أحياء دمشق")
                .in(economy).by(lina, rami).tagged(water).publishedAt(daysBefore(2)).create();
        Article budget = content.article("الحكومة تقرّ موازنة العام المقبل")
                .in(economy).by(lina).tagged(elections).publishedAt(daysBefore(3)).create();
        Article theatre = content.article("مهرجان المسرح يفتتح دورته في اللاذقية")
                .in(culture).by(rami).publishedAt(daysBefore(4)).withoutImage().commentsClosed().create();
        Article draft = content.article("مسودة عن المياه لم تنشر بعد")
                .in(economy).by(lina).tagged(water).status(ArticleStatus.DRAFT).create();
        Article scheduled = content.article("مقال مجدول عن الطاقة الشمسية")
                .in(energy).by(lina).tagged(solar).status(ArticleStatus.SCHEDULED).create();
        Article archived = content.article("مقال مؤرشف عن الانتخابات")
                .in(politics).by(rami).tagged(elections).status(ArticleStatus.ARCHIVED).create();
        return new Newsdesk(politics, economy, energy, culture, rami, lina, water, solar, elections,
                electionsToday, solarRoofs, waterCuts, budget, theatre, draft, scheduled, archived);
    }

    public static Instant daysBefore(int days) {
        return NEWEST.minus(days, ChronoUnit.DAYS);
    }
}
