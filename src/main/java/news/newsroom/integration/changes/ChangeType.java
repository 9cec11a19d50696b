package news.newsroom.integration.changes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of public change, as the change log, the change feed and webhooks name it ({@code article.published}).
 * The database triggers of migration V12 write these names; a tombstone says the item left the public set.
 */
public enum ChangeType {
    ARTICLE_PUBLISHED, ARTICLE_UPDATED, ARTICLE_RESTORED,
    ARTICLE_UNPUBLISHED(true), ARTICLE_ARCHIVED(true), ARTICLE_DELETED(true),
    COMMENT_APPROVED, COMMENT_REMOVED(true),
    SECTION_CREATED, SECTION_UPDATED, SECTION_DELETED(true),
    AUTHOR_CREATED, AUTHOR_UPDATED, AUTHOR_DELETED(true),
    TAG_CREATED, TAG_UPDATED, TAG_DELETED(true);

    private final boolean tombstone;
    private final String wireName;

    ChangeType() {
        this(false);
    }

    ChangeType(boolean tombstone) {
        this.tombstone = tombstone;
        this.wireName = name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    /** {@code article.published}, {@code tag.deleted}... */
    public String wireName() {
        return wireName;
    }

    /** {@code article}, {@code comment}, {@code section}, {@code author} or {@code tag}. */
    public String entity() {
        return wireName.substring(0, wireName.indexOf('.'));
    }

    public boolean tombstone() {
        return tombstone;
    }

    public static Optional<ChangeType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
