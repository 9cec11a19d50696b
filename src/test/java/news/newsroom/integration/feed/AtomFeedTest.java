package news.newsroom.integration.feed;

import static news.newsroom.integration.feed.Feeds.ATOM;
import static news.newsroom.integration.feed.Feeds.PUBLISHER;
import static news.newsroom.integration.feed.Feeds.SITE;
import static news.newsroom.integration.feed.Feeds.idOf;
import static news.newsroom.integration.feed.Feeds.pageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import news.newsroom.article.Article;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The site's Atom 1.0 feed (RFC 4287) as a feed reader reads it (Rome). */
@QuarkusTest
@KnownNewsroom
class AtomFeedTest {

    private static final String PATH = "/feeds/atom.xml";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String RFC_3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @Desk
    Newsdesk desk;

    @Test
    void theFeedHasItsRequiredElementsAndSaysItIsArabic() {
        byte[] body = Feeds.read(PATH, ATOM);
        Feed feed = (Feed) Feeds.wire(body);

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo(SITE + "/");
        assertThat(feed.getTitleEx().getValue()).isEqualTo(PUBLISHER);
        assertThat(feed.getUpdated()).isAfterOrEqualTo(Date.from(Newsdesk.NEWEST));
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName, SyndPerson::getUri)
                .containsExactly(tuple(PUBLISHER, SITE + "/"));
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(SITE + "/");
        assertThat(feed.getOtherLinks()).singleElement().satisfies(self -> {
            assertThat(self.getRel()).isEqualTo("self");
            assertThat(self.getType()).isEqualTo("application/atom+xml");
            assertThat(self.getHref()).startsWith("http").endsWith(PATH);
        });
        Document document = Feeds.dom(body);
        assertThat(document.getDocumentElement().getAttributeNS(XML_NS, "lang")).isEqualTo("ar");
        assertThat(Feeds.text(body)).contains("<title type=\"text\">لجنة الانتخابات تعلن جدول الاقتراع في حمص</title>")
                .doesNotContain("&#");
    }

    @Test
    void entriesAreThePublishedArticlesNewestFirstWithStableIds() {
        Feed feed = Feeds.atom(PATH);

        assertThat(feed.getEntries()).extracting(Entry::getId).containsExactly(idOf(desk.electionsToday()),
                idOf(desk.solarRoofs()), idOf(desk.waterCuts()), idOf(desk.budget()), idOf(desk.theatre()));
    }

    @Test
    void anEntryLinksToTheArticlePageWithItsDatesBylinesCategoriesAndImage() {
        Entry entry = entryOf(Feeds.atom(PATH), desk.waterCuts());

        assertThat(entry.getTitleEx().getValue()).isEqualTo("جدول جديد لتوزيع المياه في أحياء دمشق");
        assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly(pageOf(desk.waterCuts()));
        assertThat(entry.getPublished()).isEqualTo(Date.from(Newsdesk.daysBefore(2)));
        assertThat(entry.getUpdated()).isAfterOrEqualTo(entry.getPublished());
        assertThat(entry.getAuthors()).extracting(SyndPerson::getName, SyndPerson::getUri).containsExactly(
                tuple("لينا خوري", SITE + "/authors/lina-khoury"), tuple("رامي حداد", SITE + "/authors/rami-haddad"));
        assertThat(entry.getCategories()).extracting(Category::getTerm, Category::getLabel, Category::getScheme)
                .containsExactly(tuple("economy", "اقتصاد", SITE + "/sections/"), tuple("المياه", "المياه", SITE + "/tags/"));
        assertThat(entry.getSummary().getType()).isEqualTo("text");
        assertThat(entry.getSummary().getValue()).isEqualTo("ملخص قصير للمقال يظهر في القوائم.");
        assertThat(entry.getContents()).as("the whole body only with full=true").isEmpty();
        assertThat(entry.getOtherLinks()).singleElement().satisfies(image -> {
            assertThat(image.getRel()).isEqualTo("enclosure");
            assertThat(image.getHref()).isEqualTo("https://media.newsroom.example/test.jpg");
            assertThat(image.getType()).isEqualTo("image/jpeg");
        });
        assertThat(entryOf(Feeds.atom(PATH), desk.theatre()).getOtherLinks()).as("no picture").isEmpty();
    }

    @Test
    void withFullTheWholeBodyIsHtmlContent() {
        Entry entry = entryOf(Feeds.atom(PATH + "?full=true"), desk.waterCuts());

        assertThat(entry.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo("html");
            assertThat(content.getValue())
                    .isEqualTo("<p>فقرة أولى من نص المقال.</p><h2>عنوان داخلي</h2><p>فقرة ثانية.</p>");
        });
    }

    @Test
    void datesAreWrittenAsRfc3339() {
        Document document = Feeds.dom(Feeds.read(PATH, ATOM));

        List<String> dates = new java.util.ArrayList<>(Feeds.texts(document, ATOM_NS, "updated"));
        dates.addAll(Feeds.texts(document, ATOM_NS, "published"));
        assertThat(dates).hasSize(1 + 5 + 5).allSatisfy(date -> {
            assertThat(date).matches(RFC_3339_UTC);
            OffsetDateTime.parse(date);
        });
        assertThat(Feeds.texts(document, ATOM_NS, "published")).first().isEqualTo("2025-11-29T08:19:00Z");
    }

    private static Entry entryOf(Feed feed, Article article) {
        return feed.getEntries().stream().filter(entry -> entry.getId().equals(idOf(article))).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for article " + article.getId()));
    }
}
