package news.newsroom.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import news.newsroom.NewsroomConfig;

/**
 * Start-up refuses CORS origins that would let any page read the API with a reader's or a member's browser:
 * {@code null} (sandboxed frames and local files all send it), {@code *}, and a regex that matches everything.
 */
@ApplicationScoped
public class AllowedOriginsCheck {

    void onStart(@Observes StartupEvent event, NewsroomConfig config) {
        refuseOpen(config.http().allowedOrigins());
    }

    static void refuseOpen(List<String> origins) {
        for (String origin : origins) {
            String value = origin.strip();
            if (value.equalsIgnoreCase("null") || value.equals("*") || value.equals("/.*/") || value.equals("/.+/")) {
                throw new IllegalStateException("newsroom.http.allowed-origins must not contain " + value
                        + ": name the site's origins (e.g. https://www.example.com), see docs/operations.md.");
            }
        }
    }
}
