package news.newsroom.integration.embed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.newsroom.article.ImageView;
import news.newsroom.author.AuthorRef;
import news.newsroom.content.SurrogateKeys;
import news.newsroom.section.SectionRef;
import news.newsroom.tag.TagRef;

/**
 * A published article as structured data and embeds describe it: no body, but the whole path of sections above
 * it (breadcrumbs name them).
 *
 * @param description  the excerpt, else the subtitle; null when the article has neither
 * @param url          the article's page on the website
 * @param image        null when the article has no featured image
 * @param sectionPath  the article's section last, the sections above it before, the top one first
 * @param authors      the byline in its order
 * @param tags         by name
 * @param lastModified the newest change among the article and the sections, authors and tags it shows
 */
record EmbeddedArticle(long id, String title, String description, Instant publishedAt, Instant updatedAt, String url,
        ImageView image, List<SectionRef> sectionPath, List<AuthorRef> authors, List<TagRef> tags,
        Instant lastModified) {

    SectionRef section() {
        return sectionPath.get(sectionPath.size() - 1);
    }

    /**
     * What a response built from it depends on: every article list (so any change to an article, or to a section,
     * author or tag, drops it), the article itself, and each section, author and tag it names.
     */
    List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.article(id)));
        sectionPath.forEach(section -> keys.add(SurrogateKeys.section(section.slug())));
        authors.forEach(author -> keys.add(SurrogateKeys.author(author.slug())));
        tags.forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug())));
        return keys;
    }
}
