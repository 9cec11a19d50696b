package news.newsroom.integration.webhook;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import org.junit.jupiter.api.Test;

/**
 * Each attempt is made by one node only: many takers at once (as many nodes' workers would be, with this node's
 * own worker among them) never take one delivery twice. (Order per item: {@link WebhookReliabilityTest}.)
 */
@QuarkusTest
@KnownNewsroom
class DeliveryClaimsTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    WebhookDeliveryRepository deliveries;
    @Inject
    DataSource dataSource;

    @Member(StaffRole.ADMIN)
    StaffUser admin;

    @Test
    void manyNodesTakingAtOnceNeverTakeOneDeliveryTwice() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long subscription = subscribe(receiver.url());
            sql("insert into webhook_delivery (subscription_id, seq, message_id, type, ordering_key, body) "
                    + "select " + subscription + ", n, 'msg_race_' || n, 'article.updated', 'article:' || n, '{}' "
                    + "from generate_series(1, 300) n");

            int takers = 24;
            CyclicBarrier start = new CyclicBarrier(takers);
            ExecutorService pool = Executors.newFixedThreadPool(takers);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    List<DeliveryClaim> claimed;
                    do {
                        claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(5, LEASE));
                        claimed.forEach(claim -> mine.add(claim.id()));
                    } while (!claimed.isEmpty());
                    return mine;
                }));
            }
            List<Long> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Long>> future : taken) {
                all.addAll(future.get());
            }
            pool.shutdown();

            assertThat(all).as("taken by the test's takers").doesNotHaveDuplicates().isNotEmpty();
            assertThat(Receiver.await(() -> query("select count(*) from webhook_delivery where attempts = 0") == 0
                    && query("select count(*) from webhook_delivery where status = 'pending' and attempts = 1")
                            == all.size(), Duration.ofSeconds(10)))
                    .as("the node's own worker sent the rest").isTrue();
            assertThat(query("select count(*) from webhook_delivery where attempts <> 1")).as("taken twice").isZero();
            assertThat(query("select count(*) from webhook_delivery where status = 'succeeded'"))
                    .isEqualTo(300 - all.size());
        }
    }

    @Test
    void aDeliveryTakenByANodeThatDiedIsMadeByAnotherOnceItsLeaseRunsOut() throws Exception {
        try (Receiver receiver = new Receiver()) {
            long subscription = subscribe(receiver.url());
            sql("insert into webhook_delivery (subscription_id, seq, message_id, type, ordering_key, body) "
                    + "select " + subscription + ", n, 'msg_dead_' || n, 'article.updated', 'article:' || n, '{}' "
                    + "from generate_series(1, 20) n");
            // A node takes them with a short lease, then dies: it never sends and never records an outcome.
            List<DeliveryClaim> claimed = QuarkusTransaction.requiringNew()
                    .call(() -> deliveries.claimDue(20, Duration.ofSeconds(2)));
            assertThat(claimed).isNotEmpty();
            String ids = String.join(",", claimed.stream().map(claim -> Long.toString(claim.id())).toList());

            assertThat(query("select count(*) from webhook_delivery where id in (" + ids + ") and status = 'pending'"))
                    .as("held by the dead node's lease").isEqualTo(claimed.size());
            assertThat(Receiver.await(() -> query("select count(*) from webhook_delivery where message_id like "
                    + "'msg_dead_%' and status = 'succeeded'") == 20, Duration.ofSeconds(20)))
                    .as("every delivery made once the lease ran out").isTrue();
            assertThat(query("select count(*) from webhook_delivery where id in (" + ids + ") and attempts = 2"))
                    .as("the dead node's attempt and this node's").isEqualTo(claimed.size());
        }
    }

    private long subscribe(String url) {
        return ((Number) as(admin).contentType("application/json").body(Map.of("url", url, "events", List.of("tag.*")))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id")).longValue();
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private long query(String count) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(count)) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
