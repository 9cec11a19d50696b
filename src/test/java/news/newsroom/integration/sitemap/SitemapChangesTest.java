package news.newsroom.integration.sitemap;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sitemaps are cached like every public read, and a change through the API is in them at once: publishing,
 * editing and withdrawing an article, and adding a section, each drop the cached copies they change.
 */
@QuarkusTest
@KnownNewsroom
class SitemapChangesTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String NEWS_TITLES = "/s:urlset/s:url/news:news/news:title";

    @Inject
    TestContent content;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    /** The scheduled publisher's queries would be counted too. */
    @BeforeEach
    void connectedWithBackgroundJobsPaused() throws InterruptedException {
        scheduler.pause();
        content.awaitConnected();
    }

    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @Test
    void publishingEditingAndWithdrawingAnArticleChangeTheSitemapsAtOnce() {
        int id = createDraft("معرض الكتاب يعود إلى دمشق");
        String marker = "/articles/" + id + "/";
        assertThat(cached(SitemapsTest.NEWS).strings(NEWS_TITLES)).doesNotContain("معرض الكتاب يعود إلى دمشق");
        assertThat(cached(SitemapsTest.FIRST_PAGE).strings(SitemapsTest.URLS)).noneMatch(url -> url.contains(marker));

        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + "/" + id + "/publish")
                .then().statusCode(200);

        assertThat(cached(SitemapsTest.NEWS).strings(NEWS_TITLES)).containsExactly("معرض الكتاب يعود إلى دمشق");
        assertThat(cached(SitemapsTest.FIRST_PAGE).strings(SitemapsTest.URLS)).anyMatch(url -> url.contains(marker));

        as(editor).contentType(MERGE_PATCH).header("If-Match", etagOf(id))
                .body("{\"title\": \"معرض الكتاب يفتتح في دمشق بمشاركة واسعة\"}")
                .when().patch(ARTICLES + "/" + id).then().statusCode(200);

        assertThat(cached(SitemapsTest.NEWS).strings(NEWS_TITLES))
                .containsExactly("معرض الكتاب يفتتح في دمشق بمشاركة واسعة");

        as(editor).when().post(ARTICLES + "/" + id + "/unpublish").then().statusCode(200);

        assertThat(cached(SitemapsTest.NEWS).strings(NEWS_TITLES)).isEmpty();
        assertThat(cached(SitemapsTest.FIRST_PAGE).strings(SitemapsTest.URLS)).noneMatch(url -> url.contains(marker));
    }

    @Test
    void aNewSectionIsInTheSectionSitemapAtOnce() {
        assertThat(cached(SitemapsTest.SECTIONS).strings(SitemapsTest.URLS)).hasSize(4);

        as(editor).contentType("application/json").body("{\"name\": \"رياضة\", \"slug\": \"sports\"}")
                .when().post("/api/v1/sections").then().statusCode(201);

        assertThat(cached(SitemapsTest.SECTIONS).strings(SitemapsTest.URLS))
                .contains(SitemapsTest.SITE + "/sections/sports").hasSize(5);
    }

    /**
     * Reads {@code path} twice, the second time from the response cache (no SQL), so what the test sees next is
     * what a reader sees after the change: the cached copy, unless the change dropped it.
     */
    private ParsedSitemap cached(String path) {
        ParsedSitemap first = ParsedSitemap.get(path);
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        ParsedSitemap again = ParsedSitemap.get(path);
        assertThat(statistics.getPrepareStatementCount() - before).as("statements for a cached " + path).isZero();
        assertThat(again.strings("//s:loc")).isEqualTo(first.strings("//s:loc"));
        return again;
    }

    private int createDraft(String title) {
        return as(editor).contentType("application/json").body("""
                {"title": "%s", "sectionSlug": "culture", "authorSlugs": ["rami-haddad"], "bodyHtml": "<p>نص</p>",
                 "featuredImage": {"url": "https://media.newsroom.example/2026/book-fair.jpg"}}
                """.formatted(title)).when().post(ARTICLES).then().statusCode(201).extract().path("id");
    }

    private String etagOf(int id) {
        return as(editor).when().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
