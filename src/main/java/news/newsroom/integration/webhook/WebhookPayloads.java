package news.newsroom.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.newsroom.NewsroomConfig;
import news.newsroom.integration.changes.ChangeRow;
import news.newsroom.integration.webhook.PayloadRepository.ArticleFacts;
import news.newsroom.integration.webhook.PayloadRepository.Named;
import news.newsroom.web.Website;

/**
 * The JSON a webhook carries: {@code {"type", "timestamp", "data"}}. An item that left the public set is told by
 * its id, slug and address only; one that is public carries what an integrator needs to show it, read when the
 * change is fanned out.
 */
@ApplicationScoped
public class WebhookPayloads {

    /** The envelope; {@code timestamp} is when the change was made. */
    record Event(String type, Instant timestamp, Object data) {
    }

    record Section(String slug, String name) {
    }

    record Author(String slug, String name) {
    }

    record ArticleData(long id, String slug, String url, String apiUrl, String title, Section section,
            List<Author> authors, Instant publishedAt, Instant updatedAt) {
    }

    record Gone(long id, String slug, String url) {
    }

    record CommentData(long id, long articleId, String articleUrl) {
    }

    record SubjectData(long id, String slug, String name, String url, String apiUrl) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ping(long subscriptionId, String message) {
    }

    private final PayloadRepository facts;
    private final Website website;
    private final ObjectMapper json;
    private final String api;

    public WebhookPayloads(PayloadRepository facts, Website website, ObjectMapper json, NewsroomConfig config) {
        this.facts = facts;
        this.website = website;
        this.json = json;
        this.api = config.apiBaseUrl().replaceAll("/+$", "") + "/api/v1/";
    }

    /** The body of each change, by seq. */
    public Map<Long, String> bodies(List<ChangeRow> changes) {
        Set<Long> articleIds = changes.stream()
                .filter(change -> change.entity().equals("article") || change.entity().equals("comment"))
                .map(change -> change.entity().equals("article") ? change.entityId() : change.articleId())
                .collect(Collectors.toSet());
        Map<Long, ArticleFacts> articles = facts.articles(articleIds);
        Map<String, Map<Long, Named>> subjects = new HashMap<>();
        for (String entity : List.of("section", "author", "tag")) {
            subjects.put(entity, facts.subjects(entity, changes.stream()
                    .filter(change -> change.entity().equals(entity) && !change.tombstone())
                    .map(ChangeRow::entityId).collect(Collectors.toSet())));
        }
        Map<Long, String> bodies = new HashMap<>();
        for (ChangeRow change : changes) {
            Object data = switch (change.entity()) {
                case "article" -> article(change, articles.get(change.entityId()));
                case "comment" -> comment(change, articles.get(change.articleId()));
                default -> subject(change, subjects.get(change.entity()).get(change.entityId()));
            };
            bodies.put(change.seq(), write(new Event(change.type(), change.changedAt(), data)));
        }
        return bodies;
    }

    /** A ping's body. */
    public String ping(long subscriptionId, Instant now) {
        return write(new Event(WebhookEvents.PING, now, new Ping(subscriptionId,
                "A test event: the subscription reaches you and its signature verifies.")));
    }

    private Object article(ChangeRow change, ArticleFacts article) {
        if (change.tombstone() || article == null) {
            return new Gone(change.entityId(), change.slug(), website.article(change.entityId(), change.slug()));
        }
        return new ArticleData(article.id(), article.slug(), website.article(article.id(), article.slug()),
                api + "articles/" + article.id(), article.title(),
                new Section(article.sectionSlug(), article.sectionName()),
                article.authors().stream().map(author -> new Author(author.slug(), author.name())).toList(),
                article.publishedAt(), article.updatedAt());
    }

    private Object comment(ChangeRow change, ArticleFacts article) {
        String articleUrl = article == null ? website.articleIdentity(change.articleId())
                : website.article(article.id(), article.slug());
        return new CommentData(change.entityId(), change.articleId(), articleUrl);
    }

    private Object subject(ChangeRow change, Named subject) {
        if (change.tombstone() || subject == null) {
            return new Gone(change.entityId(), change.slug(), subjectUrl(change.entity(), change.slug()));
        }
        return new SubjectData(subject.id(), subject.slug(), subject.name(), subjectUrl(change.entity(), subject.slug()),
                api + change.entity() + "s/" + Website.pathSegment(subject.slug()));
    }

    private String subjectUrl(String entity, String slug) {
        return switch (entity) {
            case "section" -> website.section(slug);
            case "author" -> website.author(slug);
            default -> website.tag(slug);
        };
    }

    private String write(Event event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
