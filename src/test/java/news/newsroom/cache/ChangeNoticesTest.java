package news.newsroom.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import news.newsroom.comment.CommentRateLimiter;
import news.newsroom.comment.Readers;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Nodes tell each other what changed with PostgreSQL NOTIFY: a committed write is announced (marked with its
 * node), a rolled-back one never is, and a node drops what another node's notice names, but not what its own does.
 */
@QuarkusTest
class ChangeNoticesTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Inject
    Scheduler scheduler;

    @Inject
    CommentRateLimiter limiter;

    @Inject
    ChangeNotices notices;

    @Inject
    ChangeNoticeListener listener;

    @ConfigProperty(name = "newsroom.database-schema")
    String schema;

    Newsdesk desk;
    StaffUser moderator;
    long article;

    @BeforeAll
    static void checkResponsesAgainstDocument() {
        OpenApiValidation.install();
    }

    /** The scheduled publisher's queries would be counted too. */
    @AfterEach
    void resumeBackgroundJobs() {
        scheduler.resume();
    }

    @BeforeEach
    void newsroom() throws InterruptedException {
        scheduler.pause();
        content.awaitConnected();
        staff.clear();
        desk = Newsdesk.create(content);
        limiter.reset();
        moderator = staff.member("notices-mod@newsroom.example", null, StaffRole.MODERATOR);
        article = desk.waterCuts().getId();
    }

    @Test
    void anEvictionAnnouncedByAnotherNodeIsHeard() throws Exception {
        get(ARTICLES + "/" + article).statusCode(200);
        assertThat(statementsDuring(() -> get(ARTICLES + "/" + article).statusCode(200))).isZero();

        // What another node's write sends when it commits: its mark, then the keys.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_notify('newsroom_responses_" + schema + "', 'node:another-node article-"
                    + article + " articles')");
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long statements = 0;
        while (statements == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            statements = statementsDuring(() -> get(ARTICLES + "/" + article).statusCode(200));
        }
        assertThat(statements).as("the article is read from the database again").isPositive();
    }

    @Test
    void aNodeSkipsItsOwnNoticeAndHeedsAnothersAndAnUnmarkedOne() {
        get(ARTICLES + "/" + article).statusCode(200);

        // Its own write's notice comes back to it: it evicted at commit already, so nothing goes again.
        listener.heard(notices.node() + " article-" + article + " articles");
        assertThat(statementsDuring(() -> get(ARTICLES + "/" + article).statusCode(200))).isZero();

        listener.heard("node:another-node article-" + article + " articles");
        assertThat(statementsDuring(() -> get(ARTICLES + "/" + article).statusCode(200))).isPositive();

        // From a node of an older version, or by hand: keys only.
        listener.heard("article-" + article + " articles");
        assertThat(statementsDuring(() -> get(ARTICLES + "/" + article).statusCode(200))).isPositive();
    }

    @Test
    void aCommittedWriteIsAnnouncedWithThisNodesMarkAndARolledBackOneNever() throws Exception {
        long pending = ((Number) Readers.post(article, "10.8.0.1", "تعليق ينتظر").then().statusCode(201)
                .extract().path("id")).longValue();

        try (Connection connection = dataSource.getConnection()) {
            listen(connection, true);
            try {
                // Rolled back: the first comment's change was announced in the transaction, then the unknown id failed it.
                as(moderator).contentType("application/json")
                        .body(Map.of("ids", List.of(pending, 999_999), "status", "approved"))
                        .when().post("/api/v1/moderation/comments/bulk").then().statusCode(404);
                as(moderator).contentType("application/json").body(Map.of("open", false))
                        .when().put("/api/v1/moderation/articles/" + article + "/comment-settings")
                        .then().statusCode(200);

                List<String> received = received(connection);

                assertThat(received).as("only the committed write's notice").hasSize(1);
                assertThat(received.get(0)).startsWith(notices.node() + " ")
                        .contains("article-" + article).doesNotContain("comments-" + article);
            } finally {
                listen(connection, false);
            }
        }
    }

    private void listen(Connection connection, boolean listening) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(listening ? "listen \"" + notices.channel() + "\"" : "unlisten *");
        }
    }

    /** The notices delivered within a few seconds, waiting for the first. */
    private static List<String> received(Connection connection) throws SQLException {
        PGConnection listening = connection.unwrap(PGConnection.class);
        List<String> received = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (received.isEmpty() && System.nanoTime() < deadline) {
            PGNotification[] notifications = listening.getNotifications(200);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    received.add(notification.getParameter());
                }
            }
        }
        return received;
    }

    private static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    private RequestSpecification as(StaffUser user) {
        return given().auth().oauth2(staff.tokenFor(user));
    }

    private long statementsDuring(Runnable requests) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        requests.run();
        return statistics.getPrepareStatementCount();
    }
}
