package news.newsroom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** Every {@code newsroom.*} setting, typed. Each key is described in the README's configuration table. */
@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** The public website; article {@code url}s are built on it. */
    @WithDefault("https://newsroom.example")
    String siteBaseUrl();

    /** The newsroom's local time zone: display dates and the Hijri date are computed in it. */
    @WithDefault("Asia/Damascus")
    ZoneId timeZone();

    /**
     * Secret that signs opaque tokens (list cursors). Must be the same on every node. When unset a random
     * one is made at start-up, so cursors then stop working across restarts.
     */
    Optional<String> signingSecret();

    /** The PostgreSQL schema that holds the tables (created by Flyway inside the configured database). */
    @WithDefault("newsroom")
    String databaseSchema();

    SampleData sampleData();

    Http http();

    interface SampleData {
        /** Load the Arabic sample content at start-up (idempotent). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Http {
        /** Cache-Control sent on public GET responses. */
        @WithDefault("public, max-age=60, stale-while-revalidate=300")
        String publicCacheControl();
    }
}
