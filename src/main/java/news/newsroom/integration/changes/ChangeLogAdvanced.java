package news.newsroom.integration.changes;

/**
 * The change log has new changes, up to {@code lastSeq} (0 when not known: after the listener reconnected, look).
 * Fired on every node, on the listener's thread: observers hand the work to their own threads.
 */
public record ChangeLogAdvanced(long lastSeq) {
}
