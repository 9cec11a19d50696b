package news.newsroom.article.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.author.Author;
import news.newsroom.author.AuthorRepository;
import news.newsroom.section.Section;
import news.newsroom.section.SectionRepository;
import news.newsroom.staff.Caller;
import news.newsroom.tag.Tag;
import news.newsroom.tag.TagRepository;
import news.newsroom.text.Slugs;
import news.newsroom.web.ApiProblem;

/**
 * The section, byline and tags an article input names, found by slug (or, for tags, by name), each refused as its
 * own field when unknown. Tags are free-form: a name no tag has yet becomes a new tag.
 */
@ApplicationScoped
public class ArticleReferences {

    /** The tags an input names, in order, and those of them that were created for it. */
    public record NamedTags(Set<Tag> tags, List<Tag> created) {
    }

    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;

    public ArticleReferences(SectionRepository sections, AuthorRepository authors, TagRepository tags) {
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
    }

    public Section section(String slug) {
        return sections.findBySlug(slug).orElseThrow(() -> ApiProblem.invalidField("sectionSlug", "field.unknown-section", slug));
    }

    /** The authors named, in order; none named means the caller's own profile. Authors may sign only for themselves. */
    public List<Author> byline(List<String> slugsWanted, Caller caller) {
        if (slugsWanted == null || slugsWanted.isEmpty()) {
            if (caller.authorId() == null) {
                throw ApiProblem.invalidField("authorSlugs", "field.no-author-profile");
            }
            return List.of(authors.findById(caller.authorId()));
        }
        List<Author> byline = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(slugsWanted)) {
            Author author = authors.findBySlug(slug)
                    .orElseThrow(() -> ApiProblem.invalidField("authorSlugs", "field.unknown-author", slug));
            if (!caller.isEditorial() && !author.getId().equals(caller.authorId())) {
                throw ApiProblem.invalidField("authorSlugs", "forbidden.other-authors");
            }
            byline.add(author);
        }
        return byline;
    }

    /**
     * The tags named, created when new (a new tag is public content of its own: the caller announces it). Only the
     * desk creates tags: an author naming an unknown one is refused, since a tag is listed publicly at once.
     */
    public NamedTags tagsNamed(List<String> names, Caller caller) {
        Set<Tag> found = new LinkedHashSet<>();
        List<Tag> created = new ArrayList<>();
        if (names == null) {
            return new NamedTags(found, created);
        }
        for (String name : names) {
            String slug = Slugs.from(name);
            if (slug.isEmpty()) {
                throw ApiProblem.invalidField("tags", "field.blank");
            }
            found.add(tags.findBySlug(slug).orElseGet(() -> {
                if (!caller.isEditorial()) {
                    throw ApiProblem.invalidField("tags", "field.unknown-tag", name.strip());
                }
                Tag tag = new Tag(slug, name.strip());
                tags.persist(tag);
                created.add(tag);
                return tag;
            }));
        }
        return new NamedTags(found, created);
    }
}
