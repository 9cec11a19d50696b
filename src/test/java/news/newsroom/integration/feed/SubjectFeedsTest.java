package news.newsroom.integration.feed;

import static news.newsroom.integration.feed.Feeds.PUBLISHER;
import static news.newsroom.integration.feed.Feeds.SITE;
import static news.newsroom.integration.feed.Feeds.idOf;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/** The feeds of a section (with its subsections), a tag and an author: their articles, and only published ones. */
@QuarkusTest
@KnownNewsroom
class SubjectFeedsTest {

    /** The tag «المياه», whose slug is its name: Arabic, which RestAssured percent-encodes in the path. */
    private static final String WATER = "المياه";

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void aSectionFeedHoldsItsSubsectionsArticlesToo() {
        Channel channel = Feeds.rss("/feeds/sections/economy/rss.xml");

        assertThat(channel.getTitle()).isEqualTo(PUBLISHER + " — اقتصاد");
        assertThat(channel.getLink()).isEqualTo(SITE + "/sections/economy");
        assertThat(channel.getDescription()).isEqualTo("وصف قسم اقتصاد");
        assertThat(guids(channel)).containsExactly(idOf(desk.solarRoofs()), idOf(desk.waterCuts()), idOf(desk.budget()));
        assertThat(guids(Feeds.rss("/feeds/sections/energy/rss.xml"))).containsExactly(idOf(desk.solarRoofs()));
    }

    @Test
    void aTagFeedWithAnArabicSlugLinksWithItPercentEncoded() {
        Feed feed = Feeds.atom("/feeds/tags/" + WATER + "/atom.xml");

        assertThat(feed.getTitleEx().getValue()).isEqualTo(PUBLISHER + " — المياه");
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly(SITE + "/tags/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87");
        assertThat(feed.getOtherLinks()).extracting(Link::getHref)
                .singleElement().asString().endsWith("/feeds/tags/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87/atom.xml");
        assertThat(feed.getEntries()).extracting(Entry::getId)
                .containsExactly(idOf(desk.solarRoofs()), idOf(desk.waterCuts()));
    }

    @Test
    void anAuthorFeedHoldsTheirBylines() {
        Feeds.json("/feeds/authors/lina-khoury/feed.json")
                .body("title", is(PUBLISHER + " — لينا خوري"))
                .body("home_page_url", is(SITE + "/authors/lina-khoury"))
                .body("feed_url", endsWith("/feeds/authors/lina-khoury/feed.json"))
                .body("description", is("نبذة عن لينا خوري"))
                .body("items.id", contains(idOf(desk.solarRoofs()), idOf(desk.waterCuts()), idOf(desk.budget())));
    }

    @Test
    void draftsScheduledArchivedAndDeletedArticlesAppearInNoFeed() {
        as(editor).when().delete("/api/v1/articles/" + desk.budget().getId()).then().statusCode(204);
        List<String> hidden = Stream.of(desk.draft(), desk.scheduled(), desk.archived(), desk.budget())
                .map(Feeds::idOf).toList();

        for (String feed : List.of("", "/sections/economy", "/sections/energy", "/sections/politics", "/tags/" + WATER,
                "/tags/" + desk.solar().getSlug(), "/tags/" + desk.elections().getSlug(),
                "/authors/lina-khoury", "/authors/rami-haddad")) {
            assertThat(guids(Feeds.rss("/feeds" + feed + "/rss.xml"))).as(feed).doesNotContainAnyElementsOf(hidden);
            assertThat(Feeds.atom("/feeds" + feed + "/atom.xml").getEntries()).extracting(Entry::getId).as(feed)
                    .doesNotContainAnyElementsOf(hidden);
            List<String> ids = Feeds.jsonOf("/feeds" + feed + "/feed.json").getList("items.id");
            assertThat(ids).as(feed).doesNotContainAnyElementsOf(hidden);
        }
        assertThat(guids(Feeds.rss("/feeds/rss.xml"))).containsExactly(idOf(desk.electionsToday()),
                idOf(desk.solarRoofs()), idOf(desk.waterCuts()), idOf(desk.theatre()));
    }

    @Test
    void limitTakesTheNewest() {
        assertThat(guids(Feeds.rss("/feeds/rss.xml?limit=2")))
                .containsExactly(idOf(desk.electionsToday()), idOf(desk.solarRoofs()));
        Feeds.json("/feeds/authors/rami-haddad/feed.json?limit=1").body("items.id", contains(idOf(desk.electionsToday())));
    }

    private static List<String> guids(Channel channel) {
        return channel.getItems().stream().map(Item::getGuid).map(guid -> guid.getValue()).toList();
    }
}
