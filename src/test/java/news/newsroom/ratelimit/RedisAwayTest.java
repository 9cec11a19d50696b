package news.newsroom.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import news.newsroom.NewsroomConfig;
import news.newsroom.comment.ClientIdentity;
import news.newsroom.comment.Readers;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Redis is a help, not a dependency. This service talks to a Redis of its own on a free port that the test starts
 * and stops: while nothing answers there, reads are served, every limit still holds on this node, readiness
 * stays UP while saying the limits are per node, and a request pays nothing for the dead Redis; once Redis
 * answers, the limits are shared again, with one line in the log for each change.
 */
@QuarkusTest
@TestProfile(RedisAwayTest.OwnRedis.class)
@KnownNewsroom
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisAwayTest {

    static final int PORT = freePort();

    public static class OwnRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + PORT, "newsroom.redis.retry-after", "PT1S");
        }
    }

    private static final List<LogRecord> LOG = new CopyOnWriteArrayList<>();

    static {
        Logger.getLogger(SharedCounters.class.getName()).addHandler(new Handler() {
            @Override
            public void publish(LogRecord logged) {
                LOG.add(logged);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Inject
    SharedCounters counters;

    @Inject
    NewsroomConfig config;

    @Inject
    ClientIdentity clients;

    @Desk
    Newsdesk desk;

    @AfterAll
    static void stopRedis() throws Exception {
        redisCli("shutdown", "nosave");
    }

    @Test
    @Order(1)
    void withoutRedisReadsAreServedAndEachNodeStillLimitsComments() {
        long article = desk.waterCuts().getId();
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/api/v1/articles/" + article + "/comments").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            Readers.post(article, "10.0.8.1", "تعليق رقم " + i).then().statusCode(201);
        }
        Problems.refused(Readers.post(article, "10.0.8.1", "السادس").then(), 429, "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Remaining", is("0"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'Rate limits' }.status", is("UP"))
                .body("checks.find { it.name == 'Rate limits' }.data.redis", is("down"))
                .body("checks.find { it.name == 'Rate limits' }.data.limits", is("per-node"));
        assertThat(warnings()).as("Redis going away is logged once, at start-up").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    @Order(2)
    void aDeadRedisCostsARequestAlmostNothing() {
        List<Window> windows = List.of(new Window(counters.key("test", "quick"), 5, java.time.Duration.ofMinutes(1)));
        long slowest = 0;
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            assertThat(counters.count(SharedCounters.Mode.TAKE, windows)).isEmpty();
            slowest = Math.max(slowest, System.nanoTime() - start);
        }
        assertThat(slowest / 1_000_000).as("slowest call in ms").isLessThan(100);
        assertThat(warnings()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    void whenRedisAnswersAgainTheLimitsAreSharedAgain() throws Exception {
        new ProcessBuilder("redis-server", "--port", String.valueOf(PORT), "--save", "", "--appendonly", "no",
                "--daemonize", "yes").inheritIO().start().waitFor();
        long article = desk.waterCuts().getId();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!counters.available() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Readers.post(article, "10.0.8.2", "بعد العودة").then().statusCode(201);
        String key = config.redis().keyPrefix() + "comment:minute:" + clients.hashOf("10.0.8.2");
        assertThat(redisCli("get", key)).isEqualTo("1");
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Rate limits' }.data.redis", is("up"))
                .body("checks.find { it.name == 'Rate limits' }.data.limits", is("shared"));
        assertThat(LOG).filteredOn(logged -> logged.getMessage().contains("Redis answers again")).hasSize(1);
        assertThat(warnings()).hasSizeLessThanOrEqualTo(1);
    }

    private static List<LogRecord> warnings() {
        return LOG.stream().filter(logged -> logged.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .toList();
    }

    private static String redisCli(String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("redis-cli", "-p", String.valueOf(PORT)));
        line.addAll(List.of(command));
        Process cli = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes()).strip();
        cli.waitFor();
        return out;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
