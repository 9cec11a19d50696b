package news.newsroom;

import io.smallrye.config.FallbackConfigSourceInterceptor;
import java.util.Map;

/**
 * Settings that were renamed: a deployment that still sets the former name keeps working. When the new name is not
 * set, the former one is read (as a property or as its environment variable).
 */
public class RenamedSettings extends FallbackConfigSourceInterceptor {

    /** New name, former name. */
    static final Map<String, String> FORMER_NAMES = Map.of(
            "newsroom.search.cached-summaries", "newsroom.search.kept-summaries");

    public RenamedSettings() {
        super(FORMER_NAMES);
    }
}
