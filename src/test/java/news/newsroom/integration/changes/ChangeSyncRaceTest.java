package news.newsroom.integration.changes;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import news.newsroom.article.Article;
import news.newsroom.article.ArticleStatus;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * An app that starts from nothing and follows the change feed while editors publish, edit, withdraw, delete and
 * restore from several threads ends holding exactly the articles the public list shows.
 */
@QuarkusTest
@KnownNewsroom
class ChangeSyncRaceTest {

    private static final String ARTICLES = "/api/v1/articles/";
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 30;

    @Inject
    TestContent content;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void aClientFollowingTheFeedDuringConcurrentWritesEndsWithThePublicSet() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Article article = content.article("مقال رقم " + i + " في اختبار المزامنة").in(desk.economy()).by(desk.lina())
                    .status(i % 2 == 0 ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED).create();
            ids.add(article.getId());
        }
        ChangeReader app = new ChangeReader();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        CyclicBarrier start = new CyclicBarrier(WRITERS + 1);
        Future<Integer> syncing = threads.submit(() -> {
            start.await();
            int rounds = 0;
            while (writing.get()) {
                app.sync(7); // small pages: the client is often in the middle of the public set when writes land
                rounds++;
            }
            return rounds;
        });
        List<Future<?>> writers = new ArrayList<>();
        ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();
        for (int w = 0; w < WRITERS; w++) {
            Random random = new Random(w);
            writers.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < WRITES_EACH; i++) {
                    int status = write(ids.get(random.nextInt(ids.size())), random.nextInt(6), i);
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(3, TimeUnit.MINUTES);
        }
        writing.set(false);
        assertThat(syncing.get(1, TimeUnit.MINUTES)).isPositive();
        threads.shutdown();

        assertThat(statuses.keySet()).as("every answer, by status").allMatch(status -> status < 500);
        assertThat(statuses.getOrDefault(200, 0)).as("writes that changed something").isGreaterThan(WRITERS * 5);
        List<Long> published = publishedIds();
        for (int attempt = 0; attempt < 100 && !app.ids("article").equals(published); attempt++) {
            Thread.sleep(50); // the last changes reach the log moments after they commit
            app.sync();
        }
        assertThat(app.ids("article")).isEqualTo(published);
    }

    /** One random editorial write; answers its status (a write that does not apply to the state is a 4xx). */
    private int write(long id, int kind, int round) {
        return switch (kind) {
            case 0 -> as(admin).contentType("application/json").body("{}").when().post(ARTICLES + id + "/publish")
                    .then().extract().statusCode();
            case 1 -> as(admin).when().post(ARTICLES + id + "/unpublish").then().extract().statusCode();
            case 2 -> as(admin).when().post(ARTICLES + id + "/archive").then().extract().statusCode();
            case 3 -> as(admin).when().delete(ARTICLES + id).then().extract().statusCode();
            case 4 -> as(admin).when().post(ARTICLES + id + "/restore").then().extract().statusCode();
            default -> {
                var current = as(admin).when().get(ARTICLES + id).then().extract();
                if (current.statusCode() != 200) {
                    yield current.statusCode();
                }
                yield as(admin).contentType("application/merge-patch+json; charset=UTF-8")
                        .header("If-Match", current.header("ETag"))
                        .body("{\"excerpt\": \"تعديل رقم " + round + "\"}")
                        .when().patch(ARTICLES + id).then().extract().statusCode();
            }
        };
    }

    /** The ids the public list shows, every page. */
    private static List<Long> publishedIds() {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(ARTICLES).then().statusCode(200).extract().jsonPath();
            page.getList("items.id", Long.class).forEach(ids::add);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids.stream().sorted().toList();
    }
}
