package news.newsroom.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.article.Article;
import news.newsroom.search.ArticleSearchIndex;
import news.newsroom.cache.LocalInvalidation;
import news.newsroom.content.ContentGeneration;
import news.newsroom.article.ArticleSlug;
import news.newsroom.article.ArticleStatus;
import news.newsroom.article.FeaturedImage;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.HeadingBlock;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.text.Slugs;
import news.newsroom.section.Section;
import news.newsroom.tag.Tag;

/**
 * Known content for tests: each test class clears the schema and builds exactly what it needs with the
 * named builders here, so no test depends on another's leftovers (nor on dev data: tests use their own schema).
 * Content written here bypasses the services and their {@code ContentChanged} events, so every write invalidates
 * every cached copy of content instead.
 */
@ApplicationScoped
public class TestContent {

    private final EntityManager em;
    private final ArticleSearchIndex searchIndex;
    private final LocalInvalidation invalidation;
    private final ContentGeneration generation;

    public TestContent(EntityManager em, ArticleSearchIndex searchIndex, LocalInvalidation invalidation,
            ContentGeneration generation) {
        this.em = em;
        this.searchIndex = searchIndex;
        this.invalidation = invalidation;
        this.generation = generation;
    }

    /**
     * Waits (up to 5 s) until this node caches what it is given: nothing in memory is cached until it listens
     * for other nodes' changes, a moment after start-up, so a test of what is cached would prove nothing before.
     */
    public void awaitConnected() throws InterruptedException {
        for (int i = 0; i < 100 && !generation.connected(); i++) {
            Thread.sleep(50);
        }
        org.assertj.core.api.Assertions.assertThat(generation.connected()).as("the eviction listener is connected")
                .isTrue();
    }

    @Transactional
    public void clear() {
        invalidation.invalidateEverything();
        // The fan-out position first: a fan-out under way finishes first, and later ones skip it until this commits.
        em.createNativeQuery("update webhook_dispatch set seq = 0").executeUpdate();
        em.createNativeQuery("truncate article_slug_history, article_tag, article_author, article, tag, author, section, "
                + "used_challenge, moderation_word, moderation_action, change_outbox, change_log, "
                + "webhook_attempt, webhook_delivery, webhook_subscription restart identity cascade").executeUpdate();
        em.createNativeQuery("update change_log_horizon set seq = 0").executeUpdate();
    }

    @Transactional
    public Section section(String slug, String name, Section parent, int position) {
        invalidation.invalidateEverything();
        Section section = new Section(slug, name, "وصف قسم " + name, parent == null ? null : em.find(Section.class,
                parent.getId()), position);
        em.persist(section);
        return section;
    }

    @Transactional
    public Author author(String slug, String name) {
        invalidation.invalidateEverything();
        Author author = new Author(slug, name, "نبذة عن " + name, "https://media.newsroom.example/authors/" + slug + ".jpg");
        em.persist(author);
        return author;
    }

    @Transactional
    public Tag tag(String name) {
        invalidation.invalidateEverything();
        Tag tag = new Tag(Slugs.from(name), name);
        em.persist(tag);
        return tag;
    }

    /** Records that {@code article} used to be reachable under {@code oldSlug}. */
    @Transactional
    public void retireSlug(long articleId, String oldSlug) {
        invalidation.invalidateEverything();
        em.persist(new ArticleSlug(oldSlug, articleId));
    }

    /** Moves an article's status directly, as the editorial API of a later issue will. */
    @Transactional
    public void setStatus(long articleId, ArticleStatus status) {
        invalidation.invalidateEverything();
        em.createNativeQuery("update article set status = :status, updated_at = now() where id = :id")
                .setParameter("status", status.wireName()).setParameter("id", articleId).executeUpdate();
    }

    public ArticleBuilder article(String title) {
        return new ArticleBuilder(title);
    }

    @Transactional
    public Article persist(ArticleBuilder spec) {
        invalidation.invalidateEverything();
        Article article = new Article(Slugs.from(spec.title), spec.title, em.find(Section.class, spec.section.getId()));
        article.describe(spec.subtitle, spec.excerpt, spec.image, spec.commentsOpen);
        article.replaceBody(spec.blocks);
        List<Author> authors = new ArrayList<>();
        spec.authors.forEach(author -> authors.add(em.find(Author.class, author.getId())));
        article.setAuthors(authors);
        Set<Tag> tags = new LinkedHashSet<>();
        spec.tags.forEach(tag -> tags.add(em.find(Tag.class, tag.getId())));
        article.setTags(tags);
        if (spec.status == ArticleStatus.PUBLISHED) {
            article.publish(spec.publishedAt);
        }
        em.persist(article);
        if (spec.status != ArticleStatus.PUBLISHED && spec.status != ArticleStatus.DRAFT) {
            em.flush();
            em.createNativeQuery("update article set status = :status where id = :id")
                    .setParameter("status", spec.status.wireName()).setParameter("id", article.getId()).executeUpdate();
        }
        // Indexed as every editorial save indexes, so search tests can build content here too.
        em.flush();
        searchIndex.index(article);
        return article;
    }

    /** A named builder: {@code content.article("عنوان").in(economy).by(lina).tagged(water).publishedAt(t).create()}. */
    public final class ArticleBuilder {
        private final String title;
        private Section section;
        private String subtitle = "عنوان فرعي للاختبار";
        private String excerpt = "ملخص قصير للمقال يظهر في القوائم.";
        private FeaturedImage image = new FeaturedImage("https://media.newsroom.example/test.jpg", "صورة", "تعليق", "تصوير: اختبار");
        private boolean commentsOpen = true;
        private List<Block> blocks = List.of(new ParagraphBlock("فقرة أولى من نص المقال."),
                new HeadingBlock(2, "عنوان داخلي"), new ParagraphBlock("فقرة ثانية."));
        private final List<Author> authors = new ArrayList<>();
        private final List<Tag> tags = new ArrayList<>();
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private Instant publishedAt = Instant.now().minusSeconds(3600);

        private ArticleBuilder(String title) {
            this.title = title;
        }

        public ArticleBuilder in(Section value) {
            this.section = value;
            return this;
        }

        public ArticleBuilder by(Author... value) {
            authors.addAll(List.of(value));
            return this;
        }

        public ArticleBuilder tagged(Tag... value) {
            tags.addAll(List.of(value));
            return this;
        }

        public ArticleBuilder publishedAt(Instant value) {
            this.publishedAt = value;
            this.status = ArticleStatus.PUBLISHED;
            return this;
        }

        public ArticleBuilder status(ArticleStatus value) {
            this.status = value;
            return this;
        }

        public ArticleBuilder subtitle(String value) {
            this.subtitle = value;
            return this;
        }

        public ArticleBuilder excerpt(String value) {
            this.excerpt = value;
            return this;
        }

        public ArticleBuilder body(Block... value) {
            this.blocks = List.of(value);
            return this;
        }

        public ArticleBuilder withoutImage() {
            this.image = null;
            return this;
        }

        public ArticleBuilder commentsClosed() {
            this.commentsOpen = false;
            return this;
        }

        public Article create() {
            if (section == null) {
                throw new IllegalStateException("An article needs a section: call in(section)");
            }
            return persist(this);
        }
    }
}
