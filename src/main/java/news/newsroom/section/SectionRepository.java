package news.newsroom.section;

import news.newsroom.SqlRow;
import jakarta.persistence.Tuple;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every section with its parent, in a stable order; the tree is small enough to hold whole. */
    public List<Section> findAllWithParents() {
        return find("from Section s left join fetch s.parent order by s.position, s.id").list();
    }

    /** Articles of any status filed directly in the section, and its subsections: what stops a delete. */
    public long countArticlesAndChildren(long sectionId) {
        Number articles = (Number) getEntityManager()
                .createNativeQuery("select count(*) from article where section_id = :id")
                .setParameter("id", sectionId).getSingleResult();
        return articles.longValue() + count("parent.id", sectionId);
    }

    /** Published articles filed directly in each section (not counting subsections), by section id. */
    public Map<Long, Long> countPublishedBySection() {
        Map<Long, Long> counts = new HashMap<>();
        SqlRow.all(getEntityManager().createNativeQuery(
                "select section_id, count(*) as articles from article where status = 'published' group by section_id",
                Tuple.class)).forEach(row -> counts.put(row.longValue("section_id"), row.longValue("articles")));
        return counts;
    }
}
