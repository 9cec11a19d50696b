package news.newsroom.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether the background webhook threads have anything to do, asked once a second on every node: one plain JDBC
 * statement each, so an idle service costs next to nothing and the polls are no query of any request's (the
 * statement counts that tests take of requests stay exact).
 */
@ApplicationScoped
public class WebhookWorkProbe {

    private final DataSource dataSource;

    public WebhookWorkProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Some active subscription exists and the change log has changes the fan-out has not passed. */
    public boolean changesToFanOut() {
        return ask("""
                select exists (select 1 from webhook_subscription where active)
                   and (select coalesce(max(seq), 0) from change_log) > (select seq from webhook_dispatch)
                """);
    }

    /** Some pending delivery is due and not held by a node's lease. */
    public boolean deliveriesDue() {
        return ask("""
                select exists (select 1 from webhook_delivery where status = 'pending' and next_attempt_at <= now()
                               and (locked_until is null or locked_until < now()))
                """);
    }

    private boolean ask(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet answer = statement.executeQuery(sql)) {
            return answer.next() && answer.getBoolean(1);
        } catch (SQLException failed) {
            // Look the long way: the thread's own query reports what is wrong.
            return true;
        }
    }
}
