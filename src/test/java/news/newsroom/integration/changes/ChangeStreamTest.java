package news.newsroom.integration.changes;

import static io.restassured.RestAssured.given;
import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/** The live stream: a change reaches an open stream as it commits, and a reconnect with Last-Event-ID misses nothing. */
@QuarkusTest
@KnownNewsroom
class ChangeStreamTest {

    private static final String ARTICLES = "/api/v1/articles/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/changes/stream")
    URI stream;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPublicationReachesAnOpenStreamAndAReconnectMissesNothing() throws Exception {
        String lastId;
        try (Events events = open(null, "")) {
            assertThat(events.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(events.response.headers().firstValue("X-Accel-Buffering")).hasValue("no");
            assertThat(events.response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("no-cache"));

            publish(desk.draft().getId());
            long committed = System.nanoTime();
            Event published = events.next();
            assertThat(Duration.ofNanos(System.nanoTime() - committed)).as("from the commit to the open stream")
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(published.data.get("type").asText()).isEqualTo("article.published");
            assertThat(published.data.get("id").asLong()).isEqualTo(desk.draft().getId());
            assertThat(published.data.get("tombstone").asBoolean()).isFalse();
            assertThat(published.id).isNotBlank();
            lastId = published.id;
        }

        as(editor).when().post(ARTICLES + desk.draft().getId() + "/unpublish").then().statusCode(200);
        as(editor).when().post(ARTICLES + desk.budget().getId() + "/archive").then().statusCode(200);

        try (Events resumed = open(lastId, "")) {
            Event first = resumed.next();
            Event second = resumed.next();
            assertThat(first.data.get("type").asText()).isEqualTo("article.unpublished");
            assertThat(first.data.get("id").asLong()).isEqualTo(desk.draft().getId());
            assertThat(first.data.get("tombstone").asBoolean()).isTrue();
            assertThat(second.data.get("type").asText()).isEqualTo("article.archived");
            assertThat(second.data.get("id").asLong()).isEqualTo(desk.budget().getId());
        }
    }

    @Test
    void anIdleStreamGetsKeepAliveCommentsAndOnlyTheKindsItAskedFor() throws Exception {
        try (Events events = open(null, "?entity=section")) {
            assertThat(events.comment(Duration.ofSeconds(3))).as("a comment line within the keep-alive period").isTrue();
            publish(desk.draft().getId());
            as(editor).contentType("application/json").body("{\"name\": \"رياضة\", \"slug\": \"sports\"}")
                    .when().post("/api/v1/sections").then().statusCode(201);
            Event section = events.next();
            assertThat(section.data.get("entity").asText()).isEqualTo("section");
            assertThat(section.data.get("slug").asText()).isEqualTo("sports");
        }
    }

    @Test
    void aCursorTheFeedWouldRefuseIsAProblemBeforeTheStreamOpens() {
        Problems.refused(given().header("Last-Event-ID", "forged").when().get("/api/v1/changes/stream").then(), 400,
                "invalid-parameter");
        Problems.refused(given().queryParam("entity", "video").when().get("/api/v1/changes/stream").then(), 400,
                "invalid-parameter");
        given().queryParam("limit", 1).when().get("/api/v1/changes").then().statusCode(200).body("more", is(true));
    }

    private void publish(long id) {
        as(editor).contentType("application/json").body("{}").when().post(ARTICLES + id + "/publish").then()
                .statusCode(200);
    }

    private Events open(String lastEventId, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stream + query))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Events(response);
    }

    /** One event: its id and its data. */
    private record Event(String id, JsonNode data) {
    }

    /** The lines of an open stream, read on a thread of their own. */
    private static final class Events implements AutoCloseable {
        private final HttpResponse<Stream<String>> response;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;

        Events(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** The next event with data, within five seconds. */
        Event next() throws Exception {
            String id = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    return new Event(id, JSON.readTree(line.substring(5).strip()));
                }
            }
            throw new AssertionError("no event within 5 s");
        }

        /** Whether a keep-alive comment line arrives within {@code wait}. */
        boolean comment(Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(":") && line.contains("keep-alive")) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            response.body().close();
            reader.interrupt();
        }
    }
}
