package db.migration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.BlockRenderer;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the plain-text body (V7) of the articles written before it. A Java migration because the text is what
 * the application's block rules make of the stored HTML, which SQL cannot do; new writes fill it themselves.
 */
public class V8__FillBodyText extends BaseJavaMigration {

    private static final int BATCH = 500;
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into article_body_text (article_id, body_text) values (?, ?) on conflict do nothing")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery("select id, blocks::text from article a"
                    + " where not exists (select 1 from article_body_text t where t.article_id = a.id)")) {
                while (rows.next()) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, BlockRenderer.plainText(json.readValue(rows.getString(2), BLOCKS)));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
