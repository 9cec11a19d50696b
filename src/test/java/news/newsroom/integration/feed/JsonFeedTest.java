package news.newsroom.integration.feed;

import static news.newsroom.integration.feed.Feeds.PUBLISHER;
import static news.newsroom.integration.feed.Feeds.SITE;
import static news.newsroom.integration.feed.Feeds.idOf;
import static news.newsroom.integration.feed.Feeds.pageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/** The site's JSON Feed, against the fields of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
@QuarkusTest
@KnownNewsroom
class JsonFeedTest {

    private static final String PATH = "/feeds/feed.json";
    private static final String RFC_3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @Desk
    Newsdesk desk;

    @Test
    void theFeedHasTheTopLevelFieldsOfVersion11() {
        Feeds.json(PATH)
                .body("version", is("https://jsonfeed.org/version/1.1"))
                .body("title", is(PUBLISHER))
                .body("home_page_url", is(SITE + "/"))
                .body("feed_url", startsWith("http"))
                .body("feed_url", endsWith(PATH))
                .body("description", not(nullValue()))
                .body("language", is("ar"))
                .body("authors.name", contains(PUBLISHER))
                .body("authors.url", contains(SITE + "/"))
                .body("items", hasSize(5));
    }

    @Test
    void itemsAreThePublishedArticlesNewestFirstWithStableIds() {
        Feeds.json(PATH).body("items.id", contains(idOf(desk.electionsToday()), idOf(desk.solarRoofs()),
                idOf(desk.waterCuts()), idOf(desk.budget()), idOf(desk.theatre())));
    }

    @Test
    void anItemCarriesTheExcerptAsTextItsDatesBylinesTagsAndImage() {
        String item = "items.find { it.id == '" + idOf(desk.waterCuts()) + "' }.";
        Feeds.json(PATH)
                .body(item + "url", is(pageOf(desk.waterCuts())))
                .body(item + "title", is("جدول جديد لتوزيع المياه في أحياء دمشق"))
                .body(item + "content_text", is("ملخص قصير للمقال يظهر في القوائم."))
                .body(item + "summary", is("ملخص قصير للمقال يظهر في القوائم."))
                .body(item + "content_html", nullValue())
                .body(item + "image", is("https://media.newsroom.example/test.jpg"))
                .body(item + "date_published", is("2025-11-27T08:19:00Z"))
                .body(item + "date_modified", matchesPattern(RFC_3339_UTC))
                .body(item + "authors.name", contains("لينا خوري", "رامي حداد"))
                .body(item + "authors.url", contains(SITE + "/authors/lina-khoury", SITE + "/authors/rami-haddad"))
                .body(item + "tags", contains("اقتصاد", "المياه"))
                .body("items.find { it.id == '" + idOf(desk.theatre()) + "' }.image", nullValue());
    }

    @Test
    void withFullTheWholeBodyIsContentHtml() {
        String item = "items.find { it.id == '" + idOf(desk.waterCuts()) + "' }.";
        Feeds.json(PATH + "?full=true")
                .body(item + "content_html", is("<p>فقرة أولى من نص المقال.</p><h2>عنوان داخلي</h2><p>فقرة ثانية.</p>"))
                .body(item + "content_text", nullValue())
                .body(item + "summary", is("ملخص قصير للمقال يظهر في القوائم."));
    }

    @Test
    void datesAreRfc3339AndArabicIsRawUtf8() {
        String body = Feeds.json(PATH).body("items.date_published", everyItem(matchesPattern(RFC_3339_UTC)))
                .extract().asString();
        List<String> modified = io.restassured.path.json.JsonPath.from(body).getList("items.date_modified");
        assertThat(modified).hasSize(5)
                .allSatisfy(date -> assertThat(Instant.parse(date)).isAfterOrEqualTo(Newsdesk.daysBefore(4)));
        assertThat(body).contains("\"title\":\"لجنة الانتخابات تعلن جدول الاقتراع في حمص\"")
                .doesNotContain("\\u");
    }
}
