package news.newsroom.integration.feed;

import static news.newsroom.integration.feed.Feeds.PUBLISHER;
import static news.newsroom.integration.feed.Feeds.RSS;
import static news.newsroom.integration.feed.Feeds.SITE;
import static news.newsroom.integration.feed.Feeds.idOf;
import static news.newsroom.integration.feed.Feeds.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import news.newsroom.article.Article;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The site's RSS 2.0 feed as a feed reader reads it (Rome): every element it needs, in Arabic as written. */
@QuarkusTest
@KnownNewsroom
class RssFeedTest {

    private static final String PATH = "/feeds/rss.xml";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    @Desk
    Newsdesk desk;

    @Test
    void theChannelNamesTheOutletItsWebsiteItsLanguageAndItself() {
        Channel channel = Feeds.rss(PATH);

        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isEqualTo(PUBLISHER);
        assertThat(channel.getLink()).isEqualTo(SITE + "/");
        assertThat(channel.getDescription()).contains(PUBLISHER);
        assertThat(channel.getLanguage()).isEqualTo("ar");
        assertThat(channel.getLastBuildDate()).isAfterOrEqualTo(java.util.Date.from(Newsdesk.NEWEST))
                .isBeforeOrEqualTo(java.util.Date.from(Instant.now()));
        AtomLinkModule self = (AtomLinkModule) channel.getModule(AtomLinkModule.URI);
        assertThat(self.getLinks()).singleElement().satisfies(link -> {
            assertThat(link.getRel()).isEqualTo("self");
            assertThat(link.getHref()).startsWith("http").endsWith(PATH);
        });
    }

    @Test
    void itemsAreThePublishedArticlesNewestFirst() {
        Channel channel = Feeds.rss(PATH);

        assertThat(channel.getItems()).extracting(Item::getTitle).containsExactly(
                "لجنة الانتخابات تعلن جدول الاقتراع في حمص", "الألواح الشمسية تغيّر وجه الأسطح في حمص",
                "جدول جديد لتوزيع المياه في أحياء دمشق", "الحكومة تقرّ موازنة العام المقبل",
                "مهرجان المسرح يفتتح دورته في اللاذقية");
        assertThat(channel.getItems()).extracting(item -> item.getGuid().getValue()).containsExactly(
                idOf(desk.electionsToday()), idOf(desk.solarRoofs()), idOf(desk.waterCuts()), idOf(desk.budget()),
                idOf(desk.theatre()));
    }

    @Test
    void anItemLinksToTheArticlePageAndCarriesItsStableGuidDatesBylinesAndCategories() {
        Item item = itemOf(Feeds.rss(PATH), desk.waterCuts());

        assertThat(item.getLink()).isEqualTo(pageOf(desk.waterCuts())).contains("%D8%AC%D8%AF%D9%88%D9%84");
        assertThat(item.getGuid().getValue()).isEqualTo(SITE + "/articles/" + desk.waterCuts().getId());
        assertThat(item.getGuid().isPermaLink()).isFalse();
        assertThat(item.getPubDate()).isEqualTo(java.util.Date.from(Newsdesk.daysBefore(2)));
        assertThat(item.getDescription().getValue()).isEqualTo("ملخص قصير للمقال يظهر في القوائم.");
        DCModule dublinCore = (DCModule) item.getModule(DCModule.URI);
        assertThat(dublinCore.getCreators()).containsExactly("لينا خوري", "رامي حداد");
        assertThat(item.getCategories()).extracting(Category::getValue, Category::getDomain).containsExactly(
                org.assertj.core.groups.Tuple.tuple("اقتصاد", SITE + "/sections/"),
                org.assertj.core.groups.Tuple.tuple("المياه", SITE + "/tags/"));
        assertThat(item.getContent()).as("the whole body only with full=true").isNull();
    }

    @Test
    void theFeaturedImageIsMediaContent() {
        Channel channel = Feeds.rss(PATH);

        MediaEntryModule media = (MediaEntryModule) itemOf(channel, desk.waterCuts()).getModule(MediaModule.URI);
        assertThat(media.getMediaContents()).singleElement().satisfies(content -> {
            assertThat(content.getReference().toString()).isEqualTo("https://media.newsroom.example/test.jpg");
            assertThat(content.getMedium()).isEqualTo("image");
            assertThat(content.getType()).isEqualTo("image/jpeg");
            assertThat(content.getMetadata().getDescription()).isEqualTo("تعليق");
        });
        assertThat(itemOf(channel, desk.theatre()).getModule(MediaModule.URI)).as("no picture, no media").isNull();
    }

    @Test
    void withFullTheWholeBodyIsContentEncoded() {
        Item item = itemOf(Feeds.rss(PATH + "?full=true"), desk.waterCuts());

        assertThat(item.getContent().getValue())
                .isEqualTo("<p>فقرة أولى من نص المقال.</p><h2>عنوان داخلي</h2><p>فقرة ثانية.</p>");
        assertThat(item.getDescription().getValue()).isEqualTo("ملخص قصير للمقال يظهر في القوائم.");
    }

    @Test
    void arabicIsWrittenAsUtf8AndDatesAsRfc822() {
        byte[] body = Feeds.read(PATH, RSS);
        String xml = Feeds.text(body);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<title>لجنة الانتخابات تعلن جدول الاقتراع في حمص</title>")
                .doesNotContain("&#");
        Document document = Feeds.dom(body);
        List<String> published = Feeds.texts(document, "*", "pubDate");
        assertThat(published).first().isEqualTo("Sat, 29 Nov 2025 08:19:00 GMT");
        assertThat(published).allSatisfy(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME));
        assertThat(Feeds.texts(document, "*", "lastBuildDate")).singleElement()
                .satisfies(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME));
        Element self = (Element) document.getElementsByTagNameNS(ATOM_NS, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
    }

    @Test
    void anyFeedReaderSeesTheSameThroughRomesCommonModel() {
        SyndFeed feed = Feeds.synd(Feeds.read(PATH, RSS));

        assertThat(feed.getTitle()).isEqualTo(PUBLISHER);
        assertThat(feed.getLanguage()).isEqualTo("ar");
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getUri()).isEqualTo(idOf(desk.electionsToday()));
        assertThat(first.getLink()).isEqualTo(pageOf(desk.electionsToday()));
        assertThat(first.getPublishedDate()).isEqualTo(java.util.Date.from(Newsdesk.NEWEST));
        assertThat(first.getAuthor()).isEqualTo("رامي حداد");
    }

    private static Item itemOf(Channel channel, Article article) {
        return channel.getItems().stream().filter(item -> item.getGuid().getValue().equals(idOf(article)))
                .findFirst().orElseThrow(() -> new AssertionError("no item for article " + article.getId()));
    }
}
