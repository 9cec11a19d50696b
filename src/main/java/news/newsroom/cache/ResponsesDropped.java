package news.newsroom.cache;

import java.util.Set;

/**
 * Kept public responses were dropped because content changed: what else is kept in memory from the same content
 * (derived state, such as the index of published titles) observes this to drop its copy too.
 *
 * @param keys the surrogate keys whose responses went; empty when every response went
 */
public record ResponsesDropped(Set<String> keys) {

    public boolean affects(String key) {
        return keys.isEmpty() || keys.contains(key);
    }
}
