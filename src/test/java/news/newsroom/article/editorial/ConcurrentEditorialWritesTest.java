package news.newsroom.article.editorial;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import org.junit.jupiter.api.Test;

/**
 * Editors acting on one article at the same moment take turns: each write applies to what the one before it left
 * (or is refused as a conflict or a stale If-Match), and none fails with a 500 or leaves a gap in the revisions.
 */
@QuarkusTest
@KnownNewsroom
class ConcurrentEditorialWritesTest {

    private static final int THREADS = 24;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void simultaneousLifecycleActionsAndEditsOnOneArticleTakeTurns() throws Exception {
        String path = "/api/v1/articles/" + desk.waterCuts().getId();
        String etag = as(editor).when().get(path).then().statusCode(200).extract().header("ETag");
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int kind = i % 3;
            int round = i;
            answers.add(threads.submit(() -> {
                start.await();
                return switch (kind) {
                    case 0 -> as(editor).when().post(path + "/unpublish").then().extract().statusCode();
                    case 1 -> as(editor).contentType("application/json").body("{}").when().post(path + "/publish")
                            .then().extract().statusCode();
                    default -> as(editor).contentType("application/merge-patch+json; charset=UTF-8")
                            .header("If-Match", etag).body("{\"excerpt\": \"ملخص رقم " + round + "\"}")
                            .when().patch(path).then().extract().statusCode();
                };
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES));
        }
        threads.shutdown();

        assertThat(statuses).as("every answer").allMatch(status -> status == 200 || status == 409 || status == 412);
        assertThat(statuses).as("an edit with the ETag read before the race: one wins, the others are stale")
                .filteredOn(status -> status == 200).isNotEmpty();
        List<Integer> versions = as(editor).when().get(path + "/revisions").then().statusCode(200).extract()
                .jsonPath().getList("version", Integer.class);
        assertThat(versions).doesNotHaveDuplicates();
        assertThat(versions.stream().sorted().toList()).as("no gap in the revisions")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(versions.stream().min(Integer::compare).orElseThrow(),
                        versions.stream().max(Integer::compare).orElseThrow()).boxed().toList());
    }
}
