package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.newsroom.SqlRow;

/**
 * What webhook payloads say about the items that changed, read from the live tables as the changes are fanned
 * out: a batch of changes costs one query per kind of item, whatever its size.
 */
@ApplicationScoped
public class PayloadRepository {

    /** An article as its payload shows it; {@code authors} in byline order. */
    public record ArticleFacts(long id, String slug, String title, String sectionSlug, String sectionName,
            Instant publishedAt, Instant updatedAt, List<Named> authors) {
    }

    /** A section, author or tag. */
    public record Named(long id, String slug, String name) {
    }

    private static final Map<String, String> SUBJECT_TABLES = Map.of("section", "section", "author", "author",
            "tag", "tag");

    private final EntityManager entityManager;

    public PayloadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The articles with these ids that still exist, published or not, by id. */
    public Map<Long, ArticleFacts> articles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Named>> bylines = SqlRow.all(entityManager.createNativeQuery("""
                select aa.article_id, au.id, au.slug, au.name from article_author aa join author au on au.id = aa.author_id
                where aa.article_id in (:ids) order by aa.article_id, aa.position
                """, Tuple.class).setParameter("ids", ids)).stream()
                .collect(Collectors.groupingBy(row -> row.longValue("article_id"), LinkedHashMap::new,
                        Collectors.mapping(row -> new Named(row.longValue("id"), row.text("slug"), row.text("name")),
                                Collectors.toList())));
        return SqlRow.all(entityManager.createNativeQuery("""
                select a.id, a.slug, a.title, a.published_at, a.updated_at, s.slug as section_slug,
                       s.name as section_name
                from article a join section s on s.id = a.section_id where a.id in (:ids)
                """, Tuple.class).setParameter("ids", ids)).stream()
                .map(row -> new ArticleFacts(row.longValue("id"), row.text("slug"), row.text("title"),
                        row.text("section_slug"), row.text("section_name"), row.instant("published_at"),
                        row.instant("updated_at"), bylines.getOrDefault(row.longValue("id"), List.of())))
                .collect(Collectors.toMap(ArticleFacts::id, Function.identity()));
    }

    /** The sections, authors or tags ({@code entity}) with these ids that still exist, by id. */
    public Map<Long, Named> subjects(String entity, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SqlRow.all(entityManager.createNativeQuery("select id, slug, name from " + SUBJECT_TABLES.get(entity)
                + " where id in (:ids)", Tuple.class).setParameter("ids", ids)).stream()
                .map(row -> new Named(row.longValue("id"), row.text("slug"), row.text("name")))
                .collect(Collectors.toMap(Named::id, Function.identity()));
    }
}
