package news.newsroom.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import news.newsroom.NewsroomConfig;
import org.jboss.logging.Logger;

/**
 * Counters that every node shares, in Redis: one Lua script ({@code fixed-windows.lua}) checks and counts a
 * request against its windows atomically, so two nodes can never both let the last allowed request through.
 * <p>
 * Redis is a help, not a dependency: when a call fails or takes longer than {@code newsroom.redis.timeout}, the
 * caller gets an empty answer and applies its own node's limit, and Redis is left alone for
 * {@code newsroom.redis.retry-after} so that a dead Redis costs requests nothing. The log says so once when
 * Redis goes away and once when it is back.
 */
@ApplicationScoped
public class SharedCounters {

    /** How a request is counted. */
    public enum Mode {
        /** Counted when every window still has room; refused otherwise. */
        TAKE("take"),
        /** Only looked at: would a request be allowed now? */
        PEEK("peek"),
        /** Counted whatever the windows say (a failed sign-in). */
        ADD("add");

        private final String word;

        Mode(String word) {
            this.word = word;
        }
    }

    private static final Logger LOG = Logger.getLogger(SharedCounters.class);
    /** Connecting takes longer than a call on an open connection; only start-up waits for it this long. */
    private static final Duration FIRST_CONNECTION = Duration.ofSeconds(10);

    private final ReactiveRedisDataSource redis;
    private final NewsroomConfig.Redis settings;
    private final String script;
    private final String scriptSha;
    private final AtomicBoolean down = new AtomicBoolean(false);
    private final AtomicBoolean probing = new AtomicBoolean(false);
    private volatile long quietUntil = Long.MIN_VALUE;

    public SharedCounters(ReactiveRedisDataSource redis, NewsroomConfig config) {
        this.redis = redis;
        this.settings = config.redis();
        this.script = resource("/ratelimit/fixed-windows.lua");
        this.scriptSha = sha1(script);
    }

    /** The key for {@code parts} under this deployment's prefix and a scope such as {@code comment}. */
    public String key(String scope, String... parts) {
        return settings.keyPrefix() + scope + ":" + String.join(":", parts);
    }

    /**
     * Counts a request against {@code windows}, or answers empty when Redis cannot be asked now: the caller
     * then applies its own node's limit.
     */
    public Optional<Allowance> count(Mode mode, List<Window> windows) {
        List<String> arguments = new ArrayList<>();
        arguments.add(scriptSha);
        arguments.add(String.valueOf(windows.size()));
        windows.forEach(window -> arguments.add(window.key()));
        arguments.add(mode.word);
        windows.forEach(window -> {
            arguments.add(String.valueOf(window.limit()));
            arguments.add(String.valueOf(Math.max(1, window.length().toMillis())));
        });
        return call(() -> {
            Response answer;
            try {
                answer = await("EVALSHA", arguments);
            } catch (RuntimeException e) {
                if (e.getMessage() == null || !e.getMessage().contains("NOSCRIPT")) {
                    throw e;
                }
                // A restarted Redis has forgotten the script: send it whole, which also caches it again.
                arguments.set(0, script);
                answer = await("EVAL", arguments);
            }
            return new Allowance(answer.get(0).toLong() == 1, answer.get(1).toLong(),
                    Allowance.seconds(answer.get(2).toLong()), Allowance.seconds(answer.get(3).toLong()));
        });
    }

    /** Opens the first connection before the first request needs one, and says which limits are in force. */
    void onStart(@Observes StartupEvent started) {
        try {
            redis.execute("PING").await().atMost(FIRST_CONNECTION);
            LOG.infof("Rate limits and API-key quotas are shared through Redis (keys %s*)", settings.keyPrefix());
        } catch (RuntimeException e) {
            call(() -> {
                throw e;
            });
        }
    }

    /** Whether the shared counters are in use now (asks Redis unless it failed moments ago). */
    public boolean available() {
        return call(() -> await("PING", List.of())).isPresent();
    }

    /** Deletes every counter of {@code scope} (tests start from fresh allowances); nothing when Redis is away. */
    public void forget(String scope) {
        call(() -> {
            Response keys = await("KEYS", List.of(settings.keyPrefix() + scope + ":*"));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                names.add(keys.get(i).toString());
            }
            return names.isEmpty() ? keys : await("DEL", names);
        });
    }

    private <T> Optional<T> call(RedisCall<T> work) {
        if (System.nanoTime() < quietUntil || (down.get() && !probing.compareAndSet(false, true))) {
            return Optional.empty();
        }
        try {
            T result = work.run();
            if (down.compareAndSet(true, false)) {
                LOG.info("Redis answers again: rate limits and API-key quotas are shared by every node again");
            }
            return Optional.of(result);
        } catch (RuntimeException e) {
            quietUntil = System.nanoTime() + settings.retryAfter().toNanos();
            if (down.compareAndSet(false, true)) {
                LOG.warnf("Redis does not answer (%s): rate limits and API-key quotas are counted per node until it "
                        + "does; trying again every %s", e.toString(), settings.retryAfter());
            }
            return Optional.empty();
        } finally {
            probing.set(false);
        }
    }

    private Response await(String command, List<String> arguments) {
        Duration timeout = settings.timeout();
        return redis.execute(command, arguments.toArray(String[]::new)).await().atMost(timeout);
    }

    /** A stable, short stand-in for a value (an email, an address) that should not appear in Redis keys. */
    public static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SharedCounters.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface RedisCall<T> {
        T run();
    }
}
