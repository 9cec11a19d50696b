package news.newsroom.content;

import java.util.Set;

/**
 * Copies of content held in memory on this node under these surrogate keys are stale: a change committed here, or
 * another node announced one. Whatever holds such a copy (cached responses, search summaries, the title index)
 * observes this and drops it. Fired after the generation moved ({@link ContentGeneration}).
 *
 * @param keys the surrogate keys whose content changed; empty when everything may have changed
 */
public record ContentInvalidated(Set<String> keys) {

    /** Everything may have changed: the connection to other nodes was lost or is back, or tests wrote directly. */
    public static final ContentInvalidated EVERYTHING = new ContentInvalidated(Set.of());

    public ContentInvalidated {
        keys = Set.copyOf(keys);
    }

    public boolean everything() {
        return keys.isEmpty();
    }

    public boolean affects(String key) {
        return keys.isEmpty() || keys.contains(key);
    }
}
