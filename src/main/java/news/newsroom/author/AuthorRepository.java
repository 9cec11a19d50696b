package news.newsroom.author;

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
public class AuthorRepository implements PanacheRepository<Author> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Author> findPageByName(int offset, int limit) {
        return findAll(Sort.by("name").and("id")).range(offset, offset + limit - 1).list();
    }

    /** Bylines of any status: what stops a delete. */
    public long countBylines(long authorId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from article_author where author_id = :id")
                .setParameter("id", authorId).getSingleResult()).longValue();
    }

    /** Staff accounts linked to the profile lose the link when it is deleted. */
    public void unlinkStaff(long authorId) {
        getEntityManager().createNativeQuery("update staff_user set author_id = null where author_id = :id")
                .setParameter("id", authorId).executeUpdate();
    }

    /** Published articles bylined by each of the given authors, by author id (absent means none). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> countPublishedArticles(List<Long> authorIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (authorIds.isEmpty()) {
            return counts;
        }
        SqlRow.all(getEntityManager().createNativeQuery("""
                select aa.author_id, count(*) as articles
                from article_author aa join article a on a.id = aa.article_id
                where a.status = 'published' and aa.author_id in (:ids)
                group by aa.author_id
                """, Tuple.class).setParameter("ids", authorIds))
                .forEach(row -> counts.put(row.longValue("author_id"), row.longValue("articles")));
        return counts;
    }
}
