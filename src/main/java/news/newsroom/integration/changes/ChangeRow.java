package news.newsroom.integration.changes;

import java.time.Instant;

/**
 * One public change as the change log holds it.
 *
 * @param seq       its place in the log: the order in which changes committed
 * @param type      what happened, e.g. {@code article.published} ({@link ChangeType#wireName()})
 * @param entity    {@code article}, {@code comment}, {@code section}, {@code author} or {@code tag}
 * @param entityId  the item's id
 * @param slug      its slug at the time (none for comments)
 * @param articleId a comment's article (none for other items)
 * @param tombstone whether the item left the public set
 * @param changedAt when the change was written
 */
public record ChangeRow(long seq, String type, String entity, long entityId, String slug, Long articleId,
        boolean tombstone, Instant changedAt) {
}
