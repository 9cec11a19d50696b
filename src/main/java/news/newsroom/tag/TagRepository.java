package news.newsroom.tag;

import news.newsroom.SqlRow;
import jakarta.persistence.Tuple;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class TagRepository implements PanacheRepository<Tag> {

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Tag> findPageByName(int offset, int limit) {
        return findAll(Sort.by("name").and("id")).range(offset, offset + limit - 1).list();
    }

    /** Takes the tag off every article, marking those articles changed so their caches and ETags follow. */
    public void detachFromArticles(long tagId) {
        getEntityManager().createNativeQuery(
                "update article set updated_at = now() where id in (select article_id from article_tag where tag_id = :id)")
                .setParameter("id", tagId).executeUpdate();
        getEntityManager().createNativeQuery("delete from article_tag where tag_id = :id")
                .setParameter("id", tagId).executeUpdate();
    }

    /** Published articles carrying each of the given tags, by tag id (absent means none). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> countPublishedArticles(List<Long> tagIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (tagIds.isEmpty()) {
            return counts;
        }
        SqlRow.all(getEntityManager().createNativeQuery("""
                select at.tag_id, count(*) as articles
                from article_tag at join article a on a.id = at.article_id
                where a.status = 'published' and at.tag_id in (:ids)
                group by at.tag_id
                """, Tuple.class).setParameter("ids", tagIds))
                .forEach(row -> counts.put(row.longValue("tag_id"), row.longValue("articles")));
        return counts;
    }
}
