package db.migration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import news.newsroom.search.ArticleSearchIndex;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.BlockRenderer;
import news.newsroom.search.SearchDocument;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes the articles that existed before search (V4 added the columns). A Java migration because the index is
 * built by the application's Arabic analyzer, which SQL cannot call; new writes index themselves.
 */
public class V5__IndexExistingArticles extends BaseJavaMigration {

    private static final int BATCH = 500;
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("""
                        update article set search_headline = cast(? as tsvector),
                                           search_document = cast(? as tsvector), search_title = ?
                        where id = ?""")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery(
                    "select id, title, subtitle, excerpt, blocks::text from article where search_document is null")) {
                while (rows.next()) {
                    String title = rows.getString(2);
                    String body = BlockRenderer.plainText(json.readValue(rows.getString(5), BLOCKS));
                    SearchDocument document = SearchDocument.of(title, rows.getString(3), rows.getString(4), body);
                    update.setString(1, document.headline());
                    update.setString(2, document.full());
                    update.setString(3, ArticleSearchIndex.foldedTitle(title));
                    update.setLong(4, rows.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
