package news.newsroom.content;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Public content changed: which thing (an article, comment, section, author or tag), how, and the surrogate keys
 * of every response that shows it. Every write that changes public content fires one per changed thing, inside its
 * transaction, through {@code Event<ContentChanged>}; the services that fire it know nothing of who observes it.
 * Observers that must share the write's fate (the notice to other nodes, the search columns) run in the
 * transaction; copies held in memory are dropped once it has committed. A new write path therefore cannot forget a
 * cache or an index: it fires the event, or changes nothing public.
 *
 * @param entity what kind of thing changed
 * @param id its id (for {@link Kind#COMMENT_SETTINGS_CHANGED}, the article's)
 * @param kind what happened to it
 * @param keys the surrogate keys of what shows it, from {@link SurrogateKeys}
 */
public record ContentChanged(Entity entity, long id, Kind kind, Set<String> keys) {

    /** What happened; {@link #wireName()} is the word revisions and, later, the change feed record. */
    public enum Kind {
        CREATED, UPDATED, PUBLISHED, SCHEDULED, UNPUBLISHED, ARCHIVED, SUBMITTED, DELETED, RESTORED,
        /** A comment became visible. */
        APPROVED,
        /** A comment is no longer visible (rejected, marked spam, or sent back to the queue by reports). */
        HIDDEN,
        /** Whether an article takes comments, and how they are moderated. */
        COMMENT_SETTINGS_CHANGED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What can change, and the kinds of change each one has. */
    public enum Entity {
        ARTICLE(EnumSet.of(Kind.CREATED, Kind.UPDATED, Kind.PUBLISHED, Kind.SCHEDULED, Kind.UNPUBLISHED,
                Kind.ARCHIVED, Kind.SUBMITTED, Kind.DELETED, Kind.RESTORED, Kind.COMMENT_SETTINGS_CHANGED)),
        COMMENT(EnumSet.of(Kind.APPROVED, Kind.HIDDEN)),
        SECTION(EnumSet.of(Kind.CREATED, Kind.UPDATED, Kind.DELETED)),
        AUTHOR(EnumSet.of(Kind.CREATED, Kind.UPDATED, Kind.DELETED)),
        TAG(EnumSet.of(Kind.CREATED, Kind.UPDATED, Kind.DELETED));

        private final Set<Kind> kinds;

        Entity(Set<Kind> kinds) {
            this.kinds = kinds;
        }

        public boolean has(Kind kind) {
            return kinds.contains(kind);
        }
    }

    public ContentChanged {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        if (!entity.has(kind)) {
            throw new IllegalArgumentException(entity + " has no change of kind " + kind);
        }
        keys = Set.copyOf(keys);
    }

    /** A change to one article, which shows on its own pages, in every list, in suggestions and in counts. */
    public static ContentChanged article(long id, Kind kind) {
        return new ContentChanged(Entity.ARTICLE, id, kind, keys(SurrogateKeys.articleChanged(id)));
    }

    /** A comment shown or hidden: the thread and the article's comment count change. */
    public static ContentChanged comment(long id, long articleId, Kind kind) {
        return new ContentChanged(Entity.COMMENT, id, kind, keys(SurrogateKeys.commentsChanged(articleId)));
    }

    /** An article's comment settings: they belong to the article and show on its page. */
    public static ContentChanged commentSettings(long articleId) {
        return article(articleId, Kind.COMMENT_SETTINGS_CHANGED);
    }

    /** @param slugs the section's slug, or its old and new slugs when it was renamed */
    public static ContentChanged section(long id, Kind kind, String... slugs) {
        return new ContentChanged(Entity.SECTION, id, kind, keys(SurrogateKeys.sectionChanged(slugs)));
    }

    /** @param slugs the author's slug, or the old and new slugs when it changed */
    public static ContentChanged author(long id, Kind kind, String... slugs) {
        return new ContentChanged(Entity.AUTHOR, id, kind, keys(SurrogateKeys.authorChanged(slugs)));
    }

    /** @param slugs the tag's slug, or the old and new slugs when it changed */
    public static ContentChanged tag(long id, Kind kind, String... slugs) {
        return new ContentChanged(Entity.TAG, id, kind, keys(SurrogateKeys.tagChanged(slugs)));
    }

    private static Set<String> keys(List<String> keys) {
        return Set.copyOf(keys);
    }
}
