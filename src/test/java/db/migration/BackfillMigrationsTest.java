package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import news.newsroom.article.body.HeadingBlock;
import news.newsroom.article.body.ListBlock;
import news.newsroom.article.body.ParagraphBlock;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.support.TestContent;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The Java migrations that fill columns of articles written before the columns existed (V5: the search columns,
 * V8: the plain-text body) write what the application's own write path writes for the same article.
 */
@QuarkusTest
class BackfillMigrationsTest {

    private static final String COLUMNS = "select cast(search_headline as text), cast(search_document as text),"
            + " search_title, t.body_text from article a left join article_body_text t on t.article_id = a.id"
            + " where a.id = ?";

    @Inject
    TestContent content;

    @Inject
    DataSource dataSource;

    @Test
    void existingArticlesGetTheColumnsTheirNextSaveWouldWrite() throws Exception {
        content.clear();
        Section culture = content.section("backfill-culture", "ثقافة", null, 1);
        Author rami = content.author("backfill-rami", "رامي حداد");
        long id = content.article("معرضُ الكتاب يعود إلى دمشق").in(culture).by(rami).subtitle("دور نشر من بلدان عديدة")
                .body(new HeadingBlock(2, "الافتتاح"),
                        new ParagraphBlock("ندوة عن <b>الروايات</b> المترجمة &amp; الشعر"),
                        new ListBlock(false, List.of("لقاء مع <i>المترجمين</i>", "توقيع كتب")))
                .create().getId();
        List<String> written = columns(id);
        assertEquals("الافتتاح\nندوة عن الروايات المترجمة & الشعر\nلقاء مع المترجمين توقيع كتب ", written.get(3));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update article set search_headline = null, search_document = null,"
                    + " search_title = null where id = " + id);
            statement.executeUpdate("delete from article_body_text where article_id = " + id);
        }
        assertNull(columns(id).get(3));
        migrate(new V5__IndexExistingArticles());
        migrate(new V8__FillBodyText());

        assertEquals(written, columns(id));
    }

    private void migrate(BaseJavaMigration migration) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // as Flyway runs a migration: in a transaction
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException("not read by these migrations");
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }
    }

    private List<String> columns(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(COLUMNS)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= 4; column++) {
                    values.add(row.getString(column));
                }
                return values;
            }
        }
    }
}
