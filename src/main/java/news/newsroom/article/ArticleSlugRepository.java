package news.newsroom.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ArticleSlugRepository implements PanacheRepositoryBase<ArticleSlug, String> {

    /** The article that once had {@code slug}, if any. */
    public Optional<Long> findArticleIdForRetiredSlug(String slug) {
        return findByIdOptional(slug).map(ArticleSlug::getArticleId);
    }
}
