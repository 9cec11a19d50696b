package news.newsroom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Every {@code newsroom.*} setting, typed. Each key is described in docs/operations.md (Configuration). */
@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** The public website; article {@code url}s are built on it. */
    @WithDefault("https://newsroom.example")
    String siteBaseUrl();

    /** The API's own address: webhook payloads carry {@code apiUrl}s built on it. */
    @WithDefault("https://api.newsroom.example")
    String apiBaseUrl();

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

    Publisher publisher();

    Sitemaps sitemaps();

    Changes changes();

    Bootstrap bootstrap();

    Auth auth();

    Editorial editorial();

    Comments comments();

    Search search();

    Bench bench();

    Webhooks webhooks();

    Redis redis();

    ApiKeys apiKeys();

    /** Calls to integrators' webhook URLs (integration.webhook). */
    interface Webhooks {
        /** The whole of one delivery attempt: connecting, sending, the response status and the read of its body. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Plain http targets are accepted too (tests, private installations); otherwise only https. */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * Targets may be loopback, private, link-local or other internal addresses. Off in production: a webhook
         * URL must not reach the service's own network or the cloud metadata service.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /**
         * How long after each failed attempt the next one is made (each within 20% either way, so receivers that
         * failed together are not retried together); after the last, the delivery is marked failed.
         */
        @WithDefault("5s,5m,30m,2h,5h,10h,14h")
        java.util.List<Duration> retryDelays();

        /** A subscription whose every delivery has failed for this long is deactivated, with the reason. */
        @WithDefault("P5D")
        Duration disableAfter();

        /** How many deliveries one node sends at once. */
        @WithDefault("32")
        @Min(1)
        @Max(1000)
        int concurrency();
    }

    interface Bench {
        /** The benchmark's constant-body ceiling endpoint; only the {@code bench} profile turns it on. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Search {
        /**
         * How much a brand-new article gains over an old one where the search matches alike. Where it matches
         * scores 1.25 (the title, words as typed), 1.0 (the title), 0.5 and 0.4 (title, subtitle and excerpt),
         * 0.2 (some of several words in the title) or 0 (the body): the default orders each of those newest first
         * without mixing them; a weight above a gap lets fresh news overtake older, better-placed matches.
         */
        @WithDefault("0.1")
        double recencyWeight();

        /** Age at which an article keeps half of the recency boost. */
        @WithDefault("P30D")
        Duration recencyHalfLife();

        /**
         * Up to how many matches (by PostgreSQL's estimate) a search counts them exactly, and collects the levels
         * that check whole documents instead of letting PostgreSQL walk the time index. Counting means visiting
         * every matching row, so a word found in tens of thousands of articles gets the estimate instead, marked
         * as one.
         */
        @WithDefault("1000")
        int exactTotalLimit();

        /**
         * How many articles' summaries searches cache in memory, so the articles that many searches find are not
         * read again for every page (docs/operations.md gives the memory a summary takes). Default 20,000; read
         * through {@link #summariesToCache()}.
         */
        Optional<Integer> cachedSummaries();

        /** The former name of {@code cached-summaries}: a deployment that still sets it keeps its value. */
        @Deprecated
        Optional<Integer> keptSummaries();

        /** {@code cached-summaries}, else its former name, else the default. */
        default int summariesToCache() {
            return cachedSummaries().or(this::keptSummaries).orElse(20_000);
        }

        /**
         * How many searches run at once (search.SearchQueue); the others wait their turn. Default: the number of
         * cores plus one. More where PostgreSQL is on other machines and searches spend their time waiting for it.
         */
        java.util.Optional<Integer> concurrentSearches();

        /** How long a search waits for its turn before it is answered 503 with Retry-After. */
        @WithDefault("PT5S")
        Duration longestWait();
    }

    interface Comments {
        /** Site-wide moderation: {@code pre} holds new comments as pending, {@code post} shows them at once. */
        @WithDefault("pre")
        String moderation();

        @WithDefault("5")
        int perMinute();

        @WithDefault("30")
        int perHour();

        /** A comment with more links than this is held for review. */
        @WithDefault("2")
        int maxLinks();

        /** This many comments from one client within {@code burst-window} hold the next ones. */
        @WithDefault("3")
        int burstSize();

        @WithDefault("PT10M")
        Duration burstWindow();

        /** Reports from different readers that send an approved comment back to the queue. */
        @WithDefault("3")
        int reportsToRequeue();
    }

    interface Bootstrap {
        /** With admin-password: the admin created when no staff account exists yet. */
        Optional<String> adminEmail();

        Optional<String> adminPassword();

        /** Create one demo account per role (dev only; listed in the README). */
        @WithDefault("false")
        boolean demoUsers();
    }

    interface Auth {
        /** How long an access token is valid. */
        @WithDefault("PT1H")
        Duration tokenLifetime();

        /** Failed sign-ins allowed per email within {@code lockout}, then 429. */
        @WithDefault("5")
        int failuresPerEmail();

        /** Failed sign-ins allowed per client address within {@code lockout}, then 429. */
        @WithDefault("20")
        int failuresPerClient();

        /** The window over which failed sign-ins are counted. */
        @WithDefault("PT15M")
        Duration lockout();
    }

    interface Editorial {
        /** How often scheduled articles whose time has come are published. */
        @WithDefault("5s")
        String publishScheduledEvery();
    }

    interface SampleData {
        /** Load the Arabic sample content at start-up (idempotent). */
        @WithDefault("false")
        boolean enabled();
    }

    /** Who publishes: what feeds, sitemaps, structured data and embeds name as the outlet. */
    interface Publisher {
        /** The outlet's name, as readers know it. */
        @WithDefault("غرفة الأخبار")
        String name();

        /** The outlet's logo (an absolute http(s) URL), for structured data and embeds; none when unset. */
        Optional<String> logoUrl();

        /** The logo's width and height in pixels, which Google asks for beside the logo. */
        @WithDefault("600")
        int logoWidth();

        @WithDefault("60")
        int logoHeight();
    }

    interface Changes {
        /**
         * How long the change log keeps a change. A change-feed cursor older than this is answered 410 Gone, and
         * the client starts again from the public set.
         */
        @WithDefault("P30D")
        Duration retention();

        /** How often an open live stream gets a comment line, so proxies do not close it as idle. */
        @WithDefault("15s")
        Duration keepAlive();
    }

    interface Sitemaps {
        /**
         * How many article URLs one sitemap page holds. The protocol allows 50,000 URLs and 50 MB; percent-encoded
         * Arabic slugs make URLs long, hence the smaller default.
         */
        @WithDefault("10000")
        @Min(1)
        @Max(50_000)
        int pageSize();
    }

    interface Http {
        /** Cache-Control sent on public GET responses. */
        @WithDefault("public, max-age=60, stale-while-revalidate=300")
        String publicCacheControl();

        /** Memory for cached public responses (bytes of JSON plus a little per entry). */
        @WithDefault("48000000")
        long responseCacheBytes();

        /**
         * How long a cached public response may still be served while the database cannot be reached, here and
         * (as {@code stale-if-error} in Cache-Control) by browsers and CDNs.
         */
        @WithDefault("1H")
        Duration staleIfError();

        /**
         * Origins whose pages may read the API from a browser (CORS): exact origins, or {@code /regex/}. Never
         * {@code null} nor {@code *}: start-up refuses them. {@code quarkus.http.cors.origins} is set from this.
         */
        @WithDefault("https://newsroom.example")
        List<String> allowedOrigins();

        /**
         * The Bearer token a metrics scraper sends to read {@code /q/metrics}. Unset: production does not serve
         * metrics, dev and test serve them to anyone.
         */
        Optional<String> metricsToken();
    }

    /** Redis, where the rate limits and API-key quotas that every node shares are counted (ratelimit). */
    interface Redis {
        /** Start of every key; the default adds the database schema so test runs and dev never share counters. */
        @WithDefault("newsroom:")
        String keyPrefix();

        /** The longest a request waits for Redis before it uses this node's own limits instead. */
        @WithDefault("PT1S")
        Duration timeout();

        /** After a failed call, Redis is left alone this long (per-node limits meanwhile), then tried again. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    /** Integrators' API keys. */
    interface ApiKeys {
        /** Requests a key may make per {@code quota-window} unless an admin set its own quota. */
        @WithDefault("1000")
        @Min(1)
        int defaultQuota();

        @WithDefault("PT1H")
        Duration quotaWindow();
    }
}
