package news.newsroom.sampledata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.newsroom.NewsroomConfig;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleRepository;
import news.newsroom.search.ArticleSearchIndex;
import news.newsroom.article.FeaturedImage;
import news.newsroom.author.Author;
import news.newsroom.author.AuthorRepository;
import news.newsroom.text.Slugs;
import news.newsroom.section.Section;
import news.newsroom.section.SectionRepository;
import news.newsroom.tag.Tag;
import news.newsroom.tag.TagRepository;
import org.jboss.logging.Logger;

/**
 * Loads the Arabic sample content (written for this project) when {@code newsroom.sample-data.enabled} is
 * true. Idempotent: whatever already exists, by slug, is left alone, so restarts add nothing twice.
 * Publication times are relative to today, so the demo always looks current.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String TAXONOMY = "sample-data/taxonomy.json";
    static final List<String> ARTICLE_FILES = List.of("sample-data/articles-1.json", "sample-data/articles-2.json");

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);

    private final NewsroomConfig config;
    private final ObjectMapper objectMapper;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final ArticleRepository articles;
    private final ArticleSearchIndex searchIndex;

    public SampleDataLoader(NewsroomConfig config, ObjectMapper objectMapper, SectionRepository sections,
            AuthorRepository authors, TagRepository tags, ArticleRepository articles, ArticleSearchIndex searchIndex) {
        this.config = config;
        this.objectMapper = objectMapper;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.articles = articles;
        this.searchIndex = searchIndex;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.sampleData().enabled()) {
            int added = load();
            LOG.infof("Sample data: %d articles added (existing content left as it was)", added);
        }
    }

    /** Adds whatever of the sample set is missing; returns how many articles were added. */
    @Transactional
    public int load() {
        SampleContent.Taxonomy taxonomy = read(TAXONOMY, new TypeReference<>() {
        });
        Map<String, Section> sectionsBySlug = loadSections(taxonomy.sections());
        Map<String, Author> authorsBySlug = new HashMap<>();
        for (SampleContent.SampleAuthor sample : taxonomy.authors()) {
            Author author = authors.findBySlug(sample.slug()).orElseGet(() -> {
                Author created = new Author(sample.slug(), sample.name(), sample.bio(), sample.avatarUrl());
                authors.persist(created);
                return created;
            });
            authorsBySlug.put(sample.slug(), author);
        }
        Map<String, Tag> tagsByName = new HashMap<>();
        for (SampleContent.SampleTag sample : taxonomy.tags()) {
            String slug = Slugs.from(sample.name());
            Tag tag = tags.findBySlug(slug).orElseGet(() -> {
                Tag created = new Tag(slug, sample.name());
                tags.persist(created);
                return created;
            });
            tagsByName.put(sample.name(), tag);
        }
        int added = 0;
        for (String file : ARTICLE_FILES) {
            List<SampleContent.SampleArticle> samples = read(file, new TypeReference<>() {
            });
            for (SampleContent.SampleArticle sample : samples) {
                String slug = Slugs.from(sample.title());
                if (articles.find("slug", slug).firstResultOptional().isPresent()) {
                    continue;
                }
                Article article = toArticle(sample, slug, sectionsBySlug, authorsBySlug, tagsByName);
                articles.persist(article);
                articles.flush();
                searchIndex.index(article);
                added++;
            }
        }
        return added;
    }

    private Map<String, Section> loadSections(List<SampleContent.SampleSection> samples) {
        Map<String, Section> bySlug = new HashMap<>();
        // Parents are listed before their children in the file.
        for (SampleContent.SampleSection sample : samples) {
            Section section = sections.findBySlug(sample.slug()).orElseGet(() -> {
                Section parent = sample.parent() == null ? null : bySlug.get(sample.parent());
                Section created = new Section(sample.slug(), sample.name(), sample.description(), parent,
                        sample.position());
                sections.persist(created);
                return created;
            });
            bySlug.put(sample.slug(), section);
        }
        return bySlug;
    }

    private Article toArticle(SampleContent.SampleArticle sample, String slug, Map<String, Section> sectionsBySlug,
            Map<String, Author> authorsBySlug, Map<String, Tag> tagsByName) {
        Section section = required(sectionsBySlug, sample.section(), "section");
        Article article = new Article(slug, sample.title(), section);
        SampleContent.SampleImage image = sample.featuredImage();
        article.describe(sample.subtitle(), sample.excerpt(),
                image == null ? null : new FeaturedImage(image.url(), image.alt(), image.caption(), image.credit()),
                sample.commentsOpen());
        article.replaceBody(sample.blocks());
        List<Author> byline = new ArrayList<>();
        sample.authors().forEach(authorSlug -> byline.add(required(authorsBySlug, authorSlug, "author")));
        article.setAuthors(byline);
        Set<Tag> articleTags = new LinkedHashSet<>();
        sample.tags().forEach(name -> articleTags.add(required(tagsByName, name, "tag")));
        article.setTags(articleTags);
        Instant when = publicationTime(sample);
        if ("published".equals(sample.status())) {
            article.publish(when);
        }
        article.backdate(when.minus(Duration.ofHours(2)), when);
        return article;
    }

    private Instant publicationTime(SampleContent.SampleArticle sample) {
        ZoneId zone = config.timeZone();
        Instant when = LocalDate.now(zone).minusDays(sample.daysAgo())
                .atTime(sample.hour(), sample.minute()).atZone(zone).toInstant();
        Instant latest = Instant.now().minus(Duration.ofMinutes(5));
        return when.isAfter(latest) ? latest.minus(Duration.ofMinutes(sample.minute())) : when;
    }

    private static <T> T required(Map<String, T> known, String key, String kind) {
        T value = known.get(key);
        if (value == null) {
            throw new IllegalStateException("Sample data names an unknown " + kind + ": " + key);
        }
        return value;
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample data file " + resource);
            }
            return objectMapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable sample data file " + resource, e);
        }
    }
}
