package news.newsroom.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.newsroom.NewsroomConfig;
import news.newsroom.comment.ClientIdentity;
import news.newsroom.comment.CommentRateLimiter;
import news.newsroom.comment.Readers;
import news.newsroom.staff.security.LoginThrottle;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import news.newsroom.web.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Limits are counted in Redis, so every node sees the same counts. A second node is stood in for by a second
 * limiter with its own memory (its own Bucket4j buckets) sharing only Redis: what one node counted, the other
 * refuses. bench/two-nodes.sh shows the same with two real processes.
 */
@QuarkusTest
@KnownNewsroom
class SharedLimitsTest {

    @Inject
    RedisDataSource redis;

    @Inject
    ReactiveRedisDataSource reactiveRedis;

    @Inject
    NewsroomConfig config;

    @Inject
    ClientIdentity clients;

    @Inject
    SharedCounters counters;

    @Desk
    Newsdesk desk;
    long article;

    @BeforeEach
    void commentsUnderWaterCuts() {
        article = desk.waterCuts().getId();
    }

    @Test
    void commentCountsAreKeptInRedisUnderThisRunsPrefix() {
        for (int i = 0; i < 3; i++) {
            Readers.post(article, "10.0.7.1", "تعليق رقم " + i).then().statusCode(201);
        }
        String key = config.redis().keyPrefix() + "comment:minute:" + clients.hashOf("10.0.7.1");
        assertThat(config.redis().keyPrefix()).contains(config.databaseSchema());
        assertThat(redis.value(String.class).get(key)).isEqualTo("3");
        assertThat(redis.key().pttl(key)).isBetween(1L, 60_000L);
    }

    @Test
    void theSixthCommentInAMinuteIsRefusedByAnotherNodeThatSawNoneOfTheFive() {
        for (int i = 0; i < 5; i++) {
            Readers.post(article, "10.0.7.2", "تعليق رقم " + i).then().statusCode(201);
        }
        CommentRateLimiter otherNode = new CommentRateLimiter(config, new SharedCounters(reactiveRedis, config));
        String client = clients.hashOf("10.0.7.2");
        assertThatThrownBy(() -> otherNode.take(client)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.headers()).containsEntry("RateLimit-Remaining", "0")
                        .containsKey("Retry-After"));
        otherNode.take(clients.hashOf("10.0.7.3"));
        // And what the other node counted, this one refuses: five more from 10.0.7.3 leave one here.
        for (int i = 0; i < 4; i++) {
            otherNode.take(clients.hashOf("10.0.7.3"));
        }
        Problems.refused(Readers.post(article, "10.0.7.3", "السادس").then(), 429, "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Limit", is("5"))
                .header("RateLimit-Remaining", is("0"));
    }

    @Test
    void thirtyParallelPostsFromOneClientOverTwoNodesLetExactlyFiveThrough() throws Exception {
        CommentRateLimiter otherNode = new CommentRateLimiter(config, new SharedCounters(reactiveRedis, config));
        String client = clients.hashOf("10.0.7.4");
        List<Readers.Challenge> challenges = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            challenges.add(Readers.solvedChallenge());
        }
        CyclicBarrier start = new CyclicBarrier(30);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    if (n % 2 == 0) {
                        Map<String, Object> comment = Readers.comment("قارئ", "تعليق متزامن " + n, challenges.get(n / 2));
                        return Readers.post(article, "10.0.7.4", comment).statusCode();
                    }
                    try {
                        otherNode.take(client);
                        return 201;
                    } catch (ApiProblem refused) {
                        return 429;
                    }
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedSignInsOnOneNodeCountOnTheOther() {
        LoginThrottle otherNode = new LoginThrottle(config, new SharedCounters(reactiveRedis, config));
        otherNode.reset();
        for (int i = 0; i < 5; i++) {
            otherNode.recordFailure("nobody@newsroom.example", "10.0.7.5");
        }
        Problems.refused(given().header("X-Forwarded-For", "10.0.7.6").contentType("application/json")
                        .body(Map.of("email", "nobody@newsroom.example", "password", "wrong-password"))
                        .when().post("/api/v1/auth/token").then(), 429, "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
        otherNode.reset();
    }

    @Test
    void healthSaysTheLimitsAreSharedWhileRedisAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'Rate limits' }.status", is("UP"))
                .body("checks.find { it.name == 'Rate limits' }.data.redis", is("up"))
                .body("checks.find { it.name == 'Rate limits' }.data.limits", is("shared"));
        assertThat(counters.available()).isTrue();
    }
}
