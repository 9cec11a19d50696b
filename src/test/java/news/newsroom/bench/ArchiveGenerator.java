package news.newsroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import news.newsroom.search.ArticleSearchIndex;
import news.newsroom.search.SearchDocument;
import news.newsroom.text.Slugs;
import org.jsoup.Jsoup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a realistic archive for benchmarks: N published articles (and optionally comments) written by a word
 * bigram model trained on the 42 original Arabic sample articles, so text has their phrasing, word forms and
 * lengths (300-900 words, paragraphs and sub-headings), spread over ten years, in the sample sections with
 * sample authors and tags. The samples alone know a few thousand words, each then in thousands of articles; a real
 * archive's vocabulary is a long tail. So some words are drawn from the 107,000 words of Debian's Arabic Hunspell
 * dictionary (package hunspell-ar), by a Zipf law over a fixed shuffled order, and each article has a few words
 * of its own (names, places) that it repeats, as news articles do. Rows are indexed for search with the application's own analyzer and written with
 * COPY; the search indexes are dropped during the load and rebuilt after, which is how a bulk import should run.
 *
 * <p>Run (the schema must exist: start the service once against it):
 * {@code ARCHIVE=100000 ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.classpathScope=test -Dexec.mainClass=news.newsroom.bench.ArchiveGenerator} (bench/run.sh does this)
 */
public final class ArchiveGenerator {

    private static final List<String> SAMPLE_FILES = List.of("sample-data/articles-1.json", "sample-data/articles-2.json");
    private static final int BATCH = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SplittableRandom random = new SplittableRandom(20261129L);
    private final Map<String, WordModel> modelsBySection = new HashMap<>();
    /** One model per sample article: a generated article keeps to one topic, as real ones do. */
    private final List<WordModel> topics = new ArrayList<>();
    private final List<String> topicSections = new ArrayList<>();
    private final WordModel everything = new WordModel();
    private Vocabulary vocabulary;

    /**
     * Settings come from the environment ({@code ARCHIVE_JDBC_URL}, {@code ARCHIVE_SCHEMA}, {@code ARCHIVE},
     * {@code COMMENTS}), not from {@code exec.args}, which the build's own exec executions (npm) would take too.
     */
    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("ARCHIVE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String schema = System.getenv().getOrDefault("ARCHIVE_SCHEMA", "newsroom_bench");
        int articles = Integer.parseInt(System.getenv().getOrDefault("ARCHIVE", "100000"));
        int comments = Integer.parseInt(System.getenv().getOrDefault("COMMENTS", "0"));
        String dictionary = System.getenv().getOrDefault("ARCHIVE_DICTIONARY", "/usr/share/hunspell/ar.dic");
        ArchiveGenerator generator = new ArchiveGenerator();
        generator.vocabulary = Vocabulary.read(java.nio.file.Path.of(dictionary), generator.random);
        generator.run(url, schema, articles, comments);
    }

    private void run(String url, String schema, int wantedArticles, int wantedComments) throws Exception {
        train();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("set search_path to " + schema + ", public");
                statement.execute("set maintenance_work_mem = '512MB'");
            }
            long existing = count(db, "select count(*) from article");
            long existingComments = count(db, "select count(*) from comment");
            boolean loading = existing < wantedArticles || existingComments < wantedComments;
            if (loading) {
                // Every written row (and every comment count updated) gets an entry per lexeme in each GIN
                // index: with them in place the load takes many times as long. They are built once, at the end.
                try (Statement statement = db.createStatement()) {
                    dropSearchIndexes(statement);
                }
            }
            if (existing < wantedArticles) {
                loadArticles(db, (int) (wantedArticles - existing));
            }
            if (existingComments < wantedComments) {
                loadComments(db, (int) (wantedComments - existingComments));
            }
            if (loading) {
                try (Statement statement = db.createStatement()) {
                    statement.execute("update article a set comment_count = c.n from (select article_id, count(*) as n"
                            + " from comment where status = 'approved' group by article_id) c"
                            + " where c.article_id = a.id and a.comment_count <> c.n");
                    createSearchIndexes(statement);
                }
                // Statistics for the planner, and the visibility map for index-only and bitmap scans.
                try (Statement statement = db.createStatement()) {
                    statement.execute("vacuum analyze article");
                    statement.execute("vacuum analyze comment");
                    statement.execute("vacuum analyze article_author");
                    statement.execute("vacuum analyze article_tag");
                    statement.execute("vacuum analyze article_title_terms");
                }
            }
            System.out.printf("archive in %s: %d articles, %d comments%n", schema,
                    count(db, "select count(*) from article"), count(db, "select count(*) from comment"));
        }
    }

    /** Learns word bigrams from the sample articles, per section and overall. */
    private void train() throws IOException {
        for (String file : SAMPLE_FILES) {
            try (InputStream in = ArchiveGenerator.class.getClassLoader().getResourceAsStream(file)) {
                for (JsonNode article : JSON.readTree(in)) {
                    WordModel section = modelsBySection.computeIfAbsent(article.get("section").asText(),
                            ignored -> new WordModel());
                    WordModel topic = new WordModel();
                    topics.add(topic);
                    topicSections.add(article.get("section").asText());
                    List<String> texts = new ArrayList<>();
                    texts.add(article.get("title").asText());
                    texts.add(article.path("subtitle").asText(""));
                    texts.add(article.path("excerpt").asText(""));
                    for (JsonNode block : article.get("blocks")) {
                        if (block.has("html")) {
                            texts.add(Jsoup.parse(block.get("html").asText()).text());
                        } else if (block.has("text")) {
                            texts.add(block.get("text").asText());
                        } else if (block.has("items")) {
                            block.get("items").forEach(item -> texts.add(Jsoup.parse(item.asText()).text()));
                        }
                    }
                    for (String text : texts) {
                        topic.learn(text);
                        section.learn(text);
                        everything.learn(text);
                    }
                }
            }
        }
    }

    private void loadArticles(Connection db, int wanted) throws SQLException, IOException {
        Map<String, Long> sectionIds = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select id, slug from section")) {
            while (rows.next()) {
                sectionIds.put(rows.getString(2), rows.getLong(1));
            }
        }
        List<long[]> authors = ids(db, "select id from author");
        List<long[]> tags = ids(db, "select id from tag");
        if (sectionIds.isEmpty() || authors.isEmpty()) {
            throw new IllegalStateException("Start the service once with NEWSROOM_SAMPLE_DATA_ENABLED=true on this schema first");
        }
        long nextId = count(db, "select coalesce(max(id), 0) from article") + 1;
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder articleRows = new StringBuilder();
        StringBuilder bylineRows = new StringBuilder();
        StringBuilder tagRows = new StringBuilder();
        StringBuilder bodyTextRows = new StringBuilder();
        long started = System.nanoTime();
        // Publication times in ascending order, as ids grow: a newsroom writes its archive day after day, so rows
        // sit in the table roughly in time order, and a walk of the time index reads neighbouring rows together.
        long[] ages = new long[wanted];
        for (int n = 0; n < wanted; n++) {
            ages[n] = random.nextLong(3650L * 24 * 3600);
        }
        java.util.Arrays.sort(ages);
        for (int n = 0; n < wanted; n++) {
            long id = nextId + n;
            int topicIndex = random.nextInt(topics.size());
            WordModel topic = topics.get(topicIndex);
            String sectionSlug = topicSections.get(topicIndex);
            long sectionId = sectionIds.get(sectionSlug);
            WordModel sectionModel = modelsBySection.get(sectionSlug);
            WordModel model = topic;
            vocabulary.startArticle(random);
            String title = model.sentence(random, 6, 12);
            String subtitle = model.sentence(random, 8, 16);
            String excerpt = model.sentence(random, 22, 40);
            ArrayNode blocks = JSON.createArrayNode();
            StringBuilder body = new StringBuilder();
            int words = 300 + random.nextInt(600);
            int written = 0;
            int paragraphs = 0;
            while (written < words) {
                if (paragraphs > 0 && paragraphs % 4 == 0) {
                    String heading = model.sentence(random, 3, 6);
                    ObjectNode block = blocks.addObject().put("type", "heading").put("level", 2).put("text", heading);
                    body.append(block.get("text").asText()).append('\n');
                }
                StringBuilder paragraph = new StringBuilder();
                int target = 40 + random.nextInt(50);
                int inParagraph = 0;
                while (inParagraph < target) {
                    // Mostly the topic's own language, sometimes its section's, like a real desk.
                    String sentence = (random.nextInt(4) == 0 ? sectionModel : topic).sentence(random, 10, 28);
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence).append('.');
                    inParagraph += sentence.split(" ").length;
                }
                blocks.addObject().put("type", "paragraph").put("html", paragraph.toString());
                body.append(paragraph).append('\n');
                written += inParagraph;
                paragraphs++;
            }
            Instant published = now.minus(ages[wanted - 1 - n], ChronoUnit.SECONDS);
            SearchDocument document = SearchDocument.of(title, subtitle, excerpt, body.toString());
            String slug = Slugs.from(title) + "-" + id;
            row(articleRows, Long.toString(id), slug, title, subtitle, excerpt, Long.toString(sectionId), "published",
                    blocks.toString(), Integer.toString(written), Integer.toString(0), published.toString(),
                    published.toString(), published.toString(), document.headline(), document.full(),
                    ArticleSearchIndex.foldedTitle(title));
            row(bodyTextRows, Long.toString(id), body.toString().stripTrailing());
            long first = authors.get(random.nextInt(authors.size()))[0];
            row(bylineRows, Long.toString(id), Long.toString(first), "0");
            if (random.nextInt(4) == 0) {
                long second = authors.get(random.nextInt(authors.size()))[0];
                if (second != first) {
                    row(bylineRows, Long.toString(id), Long.toString(second), "1");
                }
            }
            int tagCount = tags.isEmpty() ? 0 : 1 + random.nextInt(3);
            java.util.Set<Long> chosen = new java.util.HashSet<>();
            for (int t = 0; t < tagCount; t++) {
                long tag = tags.get(random.nextInt(tags.size()))[0];
                if (chosen.add(tag)) {
                    row(tagRows, Long.toString(id), Long.toString(tag));
                }
            }
            if ((n + 1) % BATCH == 0 || n == wanted - 1) {
                copy.copyIn("copy article (id, slug, title, subtitle, excerpt, section_id, status, blocks, word_count,"
                        + " comment_count, published_at, created_at, updated_at, search_headline, search_document,"
                        + " search_title) from stdin", new StringReader(articleRows.toString()));
                copy.copyIn("copy article_author (article_id, author_id, position) from stdin",
                        new StringReader(bylineRows.toString()));
                copy.copyIn("copy article_tag (article_id, tag_id) from stdin", new StringReader(tagRows.toString()));
                copy.copyIn("copy article_body_text (article_id, body_text) from stdin",
                        new StringReader(bodyTextRows.toString()));
                bodyTextRows.setLength(0);
                articleRows.setLength(0);
                bylineRows.setLength(0);
                tagRows.setLength(0);
                System.out.printf("  %d articles, %d s%n", n + 1, (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article))");
        }
    }

    private static void dropSearchIndexes(Statement statement) throws SQLException {
        statement.execute("drop index if exists article_search_idx");
        statement.execute("drop index if exists article_title_trgm_idx");
        statement.execute("drop index if exists article_search_title_idx");
        statement.execute("drop index if exists article_search_headline_idx");
        statement.execute("drop index if exists article_title_terms_idx");
    }

    /** The same definitions as migrations V4, V6 and V11. */
    private static void createSearchIndexes(Statement statement) throws SQLException {
        System.out.println("  rebuilding the search indexes");
        statement.execute("create index article_search_idx on article using gin (search_document) where status = 'published'");
        statement.execute("create index article_title_trgm_idx on article using gin (search_title public.gin_trgm_ops) where status = 'published'");
        statement.execute("create index article_search_title_idx on article using gin"
                + " (ts_filter(search_headline, '{a}'::\"char\"[])) where status = 'published'");
        statement.execute("create index article_search_headline_idx on article using gin (search_headline) where status = 'published'");
        statement.execute("create index article_title_terms_idx on article_title_terms using gin (title_terms) where status = 'published'");
    }

    /**
     * Comments the way readers leave them: most articles have a few, a small hot set has thousands. All approved,
     * their articles' comment counts set after (run), before the search indexes are built.
     */
    private void loadComments(Connection db, int wanted) throws SQLException {
        List<long[]> articles = ids(db, "select id from article where status = 'published' order by published_at desc");
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder rows = new StringBuilder();
        for (int n = 0; n < wanted; n++) {
            // Half of all comments go to the newest 1,000 articles.
            int index = random.nextBoolean() ? random.nextInt(Math.min(1_000, articles.size()))
                    : random.nextInt(articles.size());
            long articleId = articles.get(index)[0];
            String created = now.minus(random.nextLong(365L * 24 * 3600), ChronoUnit.SECONDS).toString();
            row(rows, Long.toString(articleId), "قارئ " + (1 + random.nextInt(5_000)),
                    everything.sentence(random, 8, 40), "approved", "bench-" + random.nextInt(100_000), created, created);
            if ((n + 1) % (BATCH * 10) == 0 || n == wanted - 1) {
                try {
                    copy.copyIn("copy comment (article_id, author_name, body, status, client_hash, created_at, updated_at)"
                            + " from stdin", new StringReader(rows.toString()));
                } catch (IOException e) {
                    throw new SQLException(e);
                }
                rows.setLength(0);
                System.out.printf("  %d comments%n", n + 1);
            }
        }
    }

    private static List<long[]> ids(Connection db, String sql) throws SQLException {
        List<long[]> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(new long[] {rows.getLong(1)});
            }
        }
        return ids;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** One row of COPY's text format. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String value = values[i];
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    /**
     * Words from a dictionary, for the long tail of an archive's vocabulary: one word in {@link #TAIL_SHARE} is drawn
     * from it instead of the bigram model's, by rank with a Zipf law (rank r is drawn in proportion to 1/r), and one
     * in {@link #OWN_SHARE} is one of the current article's own words.
     */
    private static final class Vocabulary {
        static final double TAIL_SHARE = 0.15;
        static final double OWN_SHARE = 0.02;
        static final int OWN_WORDS = 3;
        private final String[] byRank;
        private final double[] cumulative;
        private final String[] own = new String[OWN_WORDS];

        private Vocabulary(List<String> words) {
            byRank = words.toArray(String[]::new);
            cumulative = new double[byRank.length];
            double sum = 0;
            for (int rank = 0; rank < byRank.length; rank++) {
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }
        }

        /** The dictionary's words (flags cut off) of 3 to 12 Arabic letters, in a shuffled order fixed by the seed. */
        static Vocabulary read(java.nio.file.Path dictionary, SplittableRandom random) throws IOException {
            if (!java.nio.file.Files.isReadable(dictionary)) {
                throw new IllegalStateException(dictionary + " is missing: apt-get install hunspell-ar");
            }
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            for (String line : java.nio.file.Files.readAllLines(dictionary, java.nio.charset.StandardCharsets.UTF_8)) {
                String word = line.split("/", 2)[0].trim();
                if (word.matches("[\u0621-\u064A]{3,12}")) {
                    words.add(word);
                }
            }
            List<String> shuffled = new ArrayList<>(words);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            return new Vocabulary(shuffled);
        }

        /** A new article's own words: from past the common head, so that they are rare across the archive. */
        void startArticle(SplittableRandom random) {
            for (int i = 0; i < OWN_WORDS; i++) {
                own[i] = byRank[1_000 + random.nextInt(byRank.length - 1_000)];
            }
        }

        String maybeInstead(String word, SplittableRandom random) {
            double roll = random.nextDouble();
            if (roll < OWN_SHARE && own[0] != null) {
                return own[random.nextInt(OWN_WORDS)];
            }
            if (roll < OWN_SHARE + TAIL_SHARE) {
                int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
                return byRank[rank >= 0 ? rank : -rank - 1];
            }
            return word;
        }
    }

    /** Word bigrams: which words follow which, as often as they did in the sample text. */
    private final class WordModel {
        private final Map<String, List<String>> next = new HashMap<>();
        private final List<String> starts = new ArrayList<>();

        void learn(String text) {
            for (String sentence : text.split("[.!؟?؛:]")) {
                String[] words = sentence.replaceAll("[،,\"«»()]", " ").trim().split("\\s+");
                if (words.length < 3) {
                    continue;
                }
                starts.add(words[0]);
                for (int i = 0; i + 1 < words.length; i++) {
                    next.computeIfAbsent(words[i], ignored -> new ArrayList<>()).add(words[i + 1]);
                }
            }
        }

        String sentence(SplittableRandom random, int min, int max) {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder();
            String word = starts.get(random.nextInt(starts.size()));
            for (int i = 0; i < length; i++) {
                out.append(i == 0 ? "" : " ").append(vocabulary == null ? word : vocabulary.maybeInstead(word, random));
                List<String> followers = next.get(word);
                word = followers == null || followers.isEmpty() ? starts.get(random.nextInt(starts.size()))
                        : followers.get(random.nextInt(followers.size()));
            }
            return out.toString();
        }
    }
}
