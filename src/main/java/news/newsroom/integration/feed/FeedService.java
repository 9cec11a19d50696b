package news.newsroom.integration.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleQuery;
import news.newsroom.article.ArticleRepository;
import news.newsroom.article.ArticleSort;
import news.newsroom.article.ArticleStatus;
import news.newsroom.article.ArticleSummary;
import news.newsroom.article.ArticleViews;
import news.newsroom.article.ImageView;
import news.newsroom.article.body.Block;
import news.newsroom.author.Author;
import news.newsroom.content.ContentClock;
import news.newsroom.section.SectionService;
import news.newsroom.tag.Tag;
import news.newsroom.web.QueryParameters;
import news.newsroom.web.Versioned;
import news.newsroom.web.Website;

/**
 * The newest published articles of the site, a section (with its subsections), a tag or an author, as a
 * {@link Feed} any format can be written from. A feed costs a constant number of statements whatever its length:
 * the section, tag or author, the page of articles with their sections, their bylines, their tags, and (in full
 * only) their bodies.
 */
@ApplicationScoped
public class FeedService {

    public static final int DEFAULT_LIMIT = 30;
    public static final int MAX_LIMIT = 100;

    /** What a feed follows, resolved: its channel's words and link, and which articles it lists. */
    private record Channel(String title, String description, String link, List<Long> sectionIds, List<Long> tagIds,
            Long authorId, Instant updatedAt) {
    }

    private final ArticleRepository articles;
    private final FeedRepository topics;
    private final SectionService sections;
    private final ArticleViews views;
    private final Website pages;
    private final ContentClock clock;
    private final String publisher;

    public FeedService(ArticleRepository articles, FeedRepository topics, SectionService sections, ArticleViews views,
            Website pages, ContentClock clock, NewsroomConfig config) {
        this.articles = articles;
        this.topics = topics;
        this.sections = sections;
        this.views = views;
        this.pages = pages;
        this.clock = clock;
        this.publisher = config.publisher().name();
    }

    /**
     * The feed of {@code subject}'s newest {@code limit} published articles, with the whole bodies when
     * {@code full}, and when published content last changed (for Last-Modified); empty when no section, tag or
     * author has the subject's slug.
     *
     * @param selfUrl the feed's own address, which it names
     */
    public Optional<Versioned<Feed>> feed(FeedSubject subject, int limit, boolean full, String selfUrl) {
        return channelOf(subject).map(channel -> {
            ArticleQuery query = new ArticleQuery(channel.sectionIds(), channel.tagIds(), channel.authorId(), null,
                    null, ArticleSort.NEWEST, ArticleStatus.PUBLISHED, false, null);
            List<Article> page = articles.findPage(query, null, 0, limit);
            articles.fetchBylinesAndTags(page);
            Map<Long, List<Block>> bodies = full ? topics.findBodies(page.stream().map(Article::getId).toList()) : Map.of();
            List<Feed.Item> items = page.stream()
                    .map(article -> item(views.summary(article), full ? html(bodies.get(article.getId())) : null))
                    .toList();
            Instant lastChange = clock.lastChange();
            Feed feed = new Feed(channel.title(), channel.description(), channel.link(), selfUrl,
                    newest(page, channel.updatedAt(), lastChange), new Feed.Person(publisher, pages.home()), items);
            return new Versioned<>(feed, lastChange);
        });
    }

    private Optional<Channel> channelOf(FeedSubject subject) {
        if (subject.kind() == FeedSubject.Kind.SITE) {
            return Optional.of(new Channel(publisher, "أحدث المقالات المنشورة في " + publisher + ".", pages.home(),
                    List.of(), List.of(), null, null));
        }
        String slug = subject.slug();
        if (!QueryParameters.isPlausibleSlug(slug)) {
            return Optional.empty();
        }
        return topics.findTopic(subject.kind(), slug).map(topic -> {
            String name = FeedText.clean(topic.name());
            String title = publisher + " — " + name;
            String described = FeedText.clean(topic.description());
            return switch (subject.kind()) {
                case SECTION -> new Channel(title,
                        described != null ? described : "أحدث مقالات قسم " + name + " في " + publisher + ".",
                        pages.section(slug), sections.idsWithin(slug).orElse(List.of(topic.id())), List.of(), null,
                        topic.updatedAt());
                case TAG -> new Channel(title, "أحدث المقالات الموسومة بـ«" + name + "» في " + publisher + ".",
                        pages.tag(slug), List.of(), List.of(topic.id()), null, topic.updatedAt());
                case AUTHOR -> new Channel(title,
                        described != null ? described : "أحدث مقالات " + name + " في " + publisher + ".",
                        pages.author(slug), List.of(), List.of(), topic.id(), topic.updatedAt());
                case SITE -> throw new IllegalStateException("The site feed has no topic");
            };
        });
    }

    private Feed.Item item(ArticleSummary article, String html) {
        return new Feed.Item(article.id(), pages.articleIdentity(article.id()), article.url(), FeedText.clean(article.title()),
                FeedText.clean(article.excerpt()), html, seconds(article.publishedAt()), seconds(article.updatedAt()),
                article.authors().stream()
                        .map(author -> new Feed.Person(FeedText.clean(author.name()), pages.author(author.slug())))
                        .toList(),
                new Feed.Category(article.section().slug(), FeedText.clean(article.section().name()), pages.sections()),
                article.tags().stream()
                        .map(tag -> new Feed.Category(tag.slug(), FeedText.clean(tag.name()), pages.tags()))
                        .toList(),
                image(article.featuredImage()));
    }

    private String html(List<Block> blocks) {
        return blocks == null ? null : FeedText.clean(FeedHtml.of(blocks, pages.home()));
    }

    private static Feed.Image image(ImageView image) {
        if (image == null) {
            return null;
        }
        return FeedText.webAddress(image.url())
                .map(url -> new Feed.Image(url, FeedText.imageType(url), FeedText.clean(image.alt()),
                        FeedText.clean(image.caption()), FeedText.clean(image.credit())))
                .orElse(null);
    }

    /**
     * The newest change among what the feed shows: its articles, the sections, authors and tags they name, and the
     * section, tag or author it follows. An empty feed falls back on the last change anywhere.
     */
    private static Instant newest(List<Article> page, Instant topicChanged, Instant lastChange) {
        Stream<Instant> shown = page.stream().flatMap(article -> Stream.of(
                        Stream.of(article.getUpdatedAt(), article.getSection().getUpdatedAt()),
                        article.getAuthors().stream().map(Author::getUpdatedAt),
                        article.getTags().stream().map(Tag::getUpdatedAt))
                .flatMap(times -> times));
        return seconds(Stream.concat(shown, Stream.ofNullable(topicChanged))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(lastChange != null ? lastChange : Instant.EPOCH));
    }

    /** Feeds write whole seconds (RSS dates cannot say less); every format says the same instant. */
    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
