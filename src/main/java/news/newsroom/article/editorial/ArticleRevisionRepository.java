package news.newsroom.article.editorial;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArticleRevisionRepository implements PanacheRepository<ArticleRevision> {

    public List<ArticleRevision> findByArticleNewestFirst(long articleId) {
        return list("articleId = ?1 order by version desc", articleId);
    }

    public Optional<ArticleRevision> findByArticleAndVersion(long articleId, int version) {
        return find("articleId = ?1 and version = ?2", articleId, version).firstResultOptional();
    }

    public Optional<ArticleRevision> findLatest(long articleId) {
        return find("articleId = ?1 order by version desc", articleId).firstResultOptional();
    }
}
