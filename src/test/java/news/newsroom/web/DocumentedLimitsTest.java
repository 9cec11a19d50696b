package news.newsroom.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.newsroom.comment.CommentRateLimiter;
import news.newsroom.comment.Readers;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.support.Problems;
import news.newsroom.support.TestContent;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The limits the document gives every input field are the limits the API keeps: for each one, read from
 * {@code openapi.yaml}, a value at the limit passes and a value one past it is a 400 naming the field. Limits
 * are the DTOs' Bean Validation constraints, from which the document is generated; this proves nothing else
 * (a service, a database column) holds another number.
 */
@QuarkusTest
class DocumentedLimitsTest {

    /** The request bodies clients send; each limited field of each must have a case below. */
    static final List<String> INPUT_SCHEMAS = List.of("ArticleInput", "Image", "ParagraphBlock", "HeadingBlock",
            "ListBlock", "QuoteBlock", "ImageBlock", "EmbedBlock", "PublishRequest", "SectionInput", "AuthorInput",
            "TagInput", "NewStaffMember", "StaffChange", "NewApiKey", "Credentials", "CommentInput", "ReportInput",
            "ModerationChange", "BulkModeration", "CommentSettings", "WordLists", "NewWebhook", "WebhookChange");

    enum Bound {
        MAX_LENGTH, MIN_LENGTH, MAX_ITEMS, MIN_ITEMS, MAXIMUM, MINIMUM;

        boolean isMax() {
            return this == MAX_LENGTH || this == MAX_ITEMS || this == MAXIMUM;
        }
    }

    enum Endpoint {
        CREATE_ARTICLE(201), CREATE_SECTION(201), CREATE_AUTHOR(201), CREATE_TAG(201), CREATE_STAFF(201),
        CHANGE_STAFF(200), CREATE_API_KEY(201), SIGN_IN(401), POST_COMMENT(201), REPORT_COMMENT(202),
        MODERATE_COMMENT(200), MODERATE_COMMENTS(200), REPLACE_WORDS(200), CREATE_WEBHOOK(201), CHANGE_WEBHOOK(200);

        final int accepted;

        Endpoint(int accepted) {
            this.accepted = accepted;
        }
    }

    /**
     * One documented limit: {@code property} of {@code schema} ({@code name[]} for the items of an array),
     * sent as the top-level {@code key} of a valid body for {@code endpoint}, answered in {@code errors} as
     * {@code field}. {@code atLimit} is the status a value at the limit gets: the endpoint's success, or (where
     * no value that long can be right, such as an unknown slug) another refusal, which must not be the limit's.
     */
    record Limit(String schema, String property, Bound bound, Endpoint endpoint, String key, String field,
            IntFunction<Object> value, int atLimit) {

        Limit(String schema, String property, Bound bound, Endpoint endpoint, String key, String field,
                IntFunction<Object> value) {
            this(schema, property, bound, endpoint, key, field, value, endpoint.accepted);
        }

        @Override
        public String toString() {
            return schema + "." + property + " " + bound;
        }
    }

    static Stream<Limit> limits() {
        Endpoint article = Endpoint.CREATE_ARTICLE;
        return Stream.of(
                new Limit("ArticleInput", "title", Bound.MAX_LENGTH, article, "title", "title", DocumentedLimitsTest::text),
                new Limit("ArticleInput", "subtitle", Bound.MAX_LENGTH, article, "subtitle", "subtitle", DocumentedLimitsTest::text),
                new Limit("ArticleInput", "excerpt", Bound.MAX_LENGTH, article, "excerpt", "excerpt", DocumentedLimitsTest::text),
                new Limit("ArticleInput", "sectionSlug", Bound.MAX_LENGTH, article, "sectionSlug", "sectionSlug", DocumentedLimitsTest::latin, 400),
                new Limit("ArticleInput", "tags", Bound.MAX_ITEMS, article, "tags", "tags", n -> numbered(n, "وسم ")),
                new Limit("ArticleInput", "tags[]", Bound.MAX_LENGTH, article, "tags", "tags[0]", n -> List.of(text(n))),
                new Limit("ArticleInput", "authorSlugs", Bound.MAX_ITEMS, article, "authorSlugs", "authorSlugs",
                        n -> Collections.nCopies(n, "lina-khoury")),
                new Limit("ArticleInput", "authorSlugs[]", Bound.MAX_LENGTH, article, "authorSlugs", "authorSlugs[0]",
                        n -> List.of(latin(n)), 400),
                new Limit("ArticleInput", "blocks", Bound.MAX_ITEMS, article, "blocks", "blocks",
                        n -> IntStream.range(0, n).mapToObj(i -> paragraph("فقرة " + i)).toList()),
                new Limit("ArticleInput", "bodyHtml", Bound.MAX_LENGTH, article, "bodyHtml", "bodyHtml", DocumentedLimitsTest::html),
                new Limit("ArticleInput", "slug", Bound.MAX_LENGTH, article, "slug", "slug", DocumentedLimitsTest::latin),
                new Limit("Image", "url", Bound.MAX_LENGTH, article, "featuredImage", "featuredImage.url",
                        n -> Map.of("url", url(n))),
                new Limit("Image", "alt", Bound.MAX_LENGTH, article, "featuredImage", "featuredImage.alt",
                        n -> Map.of("url", url(40), "alt", text(n))),
                new Limit("Image", "caption", Bound.MAX_LENGTH, article, "featuredImage", "featuredImage.caption",
                        n -> Map.of("url", url(40), "caption", text(n))),
                new Limit("Image", "credit", Bound.MAX_LENGTH, article, "featuredImage", "featuredImage.credit",
                        n -> Map.of("url", url(40), "credit", text(n))),
                new Limit("ParagraphBlock", "html", Bound.MAX_LENGTH, article, "blocks", "blocks[0].html",
                        n -> List.of(paragraph(text(n)))),
                new Limit("HeadingBlock", "level", Bound.MINIMUM, article, "blocks", "blocks[0].level",
                        n -> List.of(heading(n, "عنوان"))),
                new Limit("HeadingBlock", "level", Bound.MAXIMUM, article, "blocks", "blocks[0].level",
                        n -> List.of(heading(n, "عنوان"))),
                new Limit("HeadingBlock", "text", Bound.MAX_LENGTH, article, "blocks", "blocks[0].text",
                        n -> List.of(heading(2, text(n)))),
                new Limit("ListBlock", "items", Bound.MIN_ITEMS, article, "blocks", "blocks[0].items",
                        n -> List.of(list(numbered(n, "بند ")))),
                new Limit("ListBlock", "items", Bound.MAX_ITEMS, article, "blocks", "blocks[0].items",
                        n -> List.of(list(numbered(n, "بند ")))),
                new Limit("ListBlock", "items[]", Bound.MAX_LENGTH, article, "blocks", "blocks[0].items[0]",
                        n -> List.of(list(List.of(text(n))))),
                new Limit("QuoteBlock", "text", Bound.MAX_LENGTH, article, "blocks", "blocks[0].text",
                        n -> List.of(Map.of("type", "quote", "text", text(n)))),
                new Limit("QuoteBlock", "cite", Bound.MAX_LENGTH, article, "blocks", "blocks[0].cite",
                        n -> List.of(Map.of("type", "quote", "text", "قول", "cite", text(n)))),
                new Limit("ImageBlock", "url", Bound.MAX_LENGTH, article, "blocks", "blocks[0].url",
                        n -> List.of(Map.of("type", "image", "url", url(n)))),
                new Limit("ImageBlock", "alt", Bound.MAX_LENGTH, article, "blocks", "blocks[0].alt",
                        n -> List.of(Map.of("type", "image", "url", url(40), "alt", text(n)))),
                new Limit("ImageBlock", "caption", Bound.MAX_LENGTH, article, "blocks", "blocks[0].caption",
                        n -> List.of(Map.of("type", "image", "url", url(40), "caption", text(n)))),
                new Limit("ImageBlock", "credit", Bound.MAX_LENGTH, article, "blocks", "blocks[0].credit",
                        n -> List.of(Map.of("type", "image", "url", url(40), "credit", text(n)))),
                new Limit("EmbedBlock", "url", Bound.MAX_LENGTH, article, "blocks", "blocks[0].url",
                        n -> List.of(Map.of("type", "embed", "provider", "youtube", "url", url(n)))),

                new Limit("SectionInput", "name", Bound.MAX_LENGTH, Endpoint.CREATE_SECTION, "name", "name", DocumentedLimitsTest::text),
                new Limit("SectionInput", "slug", Bound.MAX_LENGTH, Endpoint.CREATE_SECTION, "slug", "slug", DocumentedLimitsTest::latin),
                new Limit("SectionInput", "description", Bound.MAX_LENGTH, Endpoint.CREATE_SECTION, "description", "description",
                        DocumentedLimitsTest::text),
                new Limit("SectionInput", "parentSlug", Bound.MAX_LENGTH, Endpoint.CREATE_SECTION, "parentSlug", "parentSlug",
                        DocumentedLimitsTest::latin, 400),
                new Limit("SectionInput", "position", Bound.MINIMUM, Endpoint.CREATE_SECTION, "position", "position", n -> n),
                new Limit("SectionInput", "position", Bound.MAXIMUM, Endpoint.CREATE_SECTION, "position", "position", n -> n),
                new Limit("AuthorInput", "name", Bound.MAX_LENGTH, Endpoint.CREATE_AUTHOR, "name", "name", DocumentedLimitsTest::text),
                new Limit("AuthorInput", "slug", Bound.MAX_LENGTH, Endpoint.CREATE_AUTHOR, "slug", "slug", DocumentedLimitsTest::latin),
                new Limit("AuthorInput", "bio", Bound.MAX_LENGTH, Endpoint.CREATE_AUTHOR, "bio", "bio", DocumentedLimitsTest::text),
                new Limit("AuthorInput", "avatarUrl", Bound.MAX_LENGTH, Endpoint.CREATE_AUTHOR, "avatarUrl", "avatarUrl",
                        DocumentedLimitsTest::url),
                new Limit("TagInput", "name", Bound.MAX_LENGTH, Endpoint.CREATE_TAG, "name", "name", DocumentedLimitsTest::text),
                new Limit("TagInput", "slug", Bound.MAX_LENGTH, Endpoint.CREATE_TAG, "slug", "slug", DocumentedLimitsTest::latin),

                new Limit("NewStaffMember", "email", Bound.MAX_LENGTH, Endpoint.CREATE_STAFF, "email", "email", DocumentedLimitsTest::email),
                new Limit("NewStaffMember", "displayName", Bound.MAX_LENGTH, Endpoint.CREATE_STAFF, "displayName", "displayName",
                        DocumentedLimitsTest::text),
                new Limit("NewStaffMember", "password", Bound.MIN_LENGTH, Endpoint.CREATE_STAFF, "password", "password", DocumentedLimitsTest::latin),
                new Limit("NewStaffMember", "password", Bound.MAX_LENGTH, Endpoint.CREATE_STAFF, "password", "password", DocumentedLimitsTest::latin),
                new Limit("NewStaffMember", "roles", Bound.MIN_ITEMS, Endpoint.CREATE_STAFF, "roles", "roles", DocumentedLimitsTest::roles),
                new Limit("NewStaffMember", "roles", Bound.MAX_ITEMS, Endpoint.CREATE_STAFF, "roles", "roles", DocumentedLimitsTest::roles),
                new Limit("NewStaffMember", "roles[]", Bound.MAX_LENGTH, Endpoint.CREATE_STAFF, "roles", "roles[0]",
                        n -> List.of(latin(n)), 400),
                new Limit("NewStaffMember", "authorSlug", Bound.MAX_LENGTH, Endpoint.CREATE_STAFF, "authorSlug", "authorSlug",
                        DocumentedLimitsTest::latin, 400),
                new Limit("StaffChange", "displayName", Bound.MIN_LENGTH, Endpoint.CHANGE_STAFF, "displayName", "displayName",
                        DocumentedLimitsTest::text),
                new Limit("StaffChange", "displayName", Bound.MAX_LENGTH, Endpoint.CHANGE_STAFF, "displayName", "displayName",
                        DocumentedLimitsTest::text),
                new Limit("StaffChange", "roles", Bound.MIN_ITEMS, Endpoint.CHANGE_STAFF, "roles", "roles", DocumentedLimitsTest::roles),
                new Limit("StaffChange", "roles", Bound.MAX_ITEMS, Endpoint.CHANGE_STAFF, "roles", "roles", DocumentedLimitsTest::roles),
                new Limit("StaffChange", "roles[]", Bound.MAX_LENGTH, Endpoint.CHANGE_STAFF, "roles", "roles[0]",
                        n -> List.of(latin(n)), 400),
                new Limit("StaffChange", "authorSlug", Bound.MAX_LENGTH, Endpoint.CHANGE_STAFF, "authorSlug", "authorSlug",
                        DocumentedLimitsTest::latin, 400),
                new Limit("NewApiKey", "name", Bound.MAX_LENGTH, Endpoint.CREATE_API_KEY, "name", "name", DocumentedLimitsTest::text),
                new Limit("NewApiKey", "quota", Bound.MINIMUM, Endpoint.CREATE_API_KEY, "quota", "quota", n -> n),
                new Limit("NewApiKey", "quota", Bound.MAXIMUM, Endpoint.CREATE_API_KEY, "quota", "quota", n -> n),
                new Limit("Credentials", "email", Bound.MAX_LENGTH, Endpoint.SIGN_IN, "email", "email", DocumentedLimitsTest::email),
                new Limit("Credentials", "password", Bound.MAX_LENGTH, Endpoint.SIGN_IN, "password", "password", DocumentedLimitsTest::latin),

                new Limit("CommentInput", "authorName", Bound.MAX_LENGTH, Endpoint.POST_COMMENT, "authorName", "authorName",
                        DocumentedLimitsTest::text),
                new Limit("CommentInput", "authorEmail", Bound.MAX_LENGTH, Endpoint.POST_COMMENT, "authorEmail", "authorEmail",
                        DocumentedLimitsTest::email),
                new Limit("CommentInput", "body", Bound.MIN_LENGTH, Endpoint.POST_COMMENT, "body", "body", DocumentedLimitsTest::text),
                new Limit("CommentInput", "body", Bound.MAX_LENGTH, Endpoint.POST_COMMENT, "body", "body", DocumentedLimitsTest::text),
                new Limit("CommentInput", "challengeToken", Bound.MAX_LENGTH, Endpoint.POST_COMMENT, "challengeToken", "challengeToken",
                        DocumentedLimitsTest::latin, 400),
                new Limit("CommentInput", "challengeAnswer", Bound.MAX_LENGTH, Endpoint.POST_COMMENT, "challengeAnswer",
                        "challengeAnswer", n -> "0".repeat(n), 400),
                new Limit("CommentInput", "website", Bound.MAX_LENGTH, Endpoint.POST_COMMENT, "website", "website", DocumentedLimitsTest::latin),
                new Limit("ReportInput", "reason", Bound.MAX_LENGTH, Endpoint.REPORT_COMMENT, "reason", "reason", DocumentedLimitsTest::text),
                new Limit("ModerationChange", "note", Bound.MAX_LENGTH, Endpoint.MODERATE_COMMENT, "note", "note", DocumentedLimitsTest::text),
                new Limit("BulkModeration", "ids", Bound.MIN_ITEMS, Endpoint.MODERATE_COMMENTS, "ids", "ids",
                        n -> IntStream.range(0, n).mapToObj(i -> 999_000 + i).toList(), 404),
                new Limit("BulkModeration", "ids", Bound.MAX_ITEMS, Endpoint.MODERATE_COMMENTS, "ids", "ids",
                        n -> IntStream.range(0, n).mapToObj(i -> 999_000 + i).toList(), 404),
                new Limit("BulkModeration", "note", Bound.MAX_LENGTH, Endpoint.MODERATE_COMMENTS, "note", "note", DocumentedLimitsTest::text),
                new Limit("WordLists", "banned", Bound.MAX_ITEMS, Endpoint.REPLACE_WORDS, "banned", "banned", n -> numbered(n, "كلمة")),
                new Limit("WordLists", "banned[]", Bound.MIN_LENGTH, Endpoint.REPLACE_WORDS, "banned", "banned[0]", n -> List.of(text(n))),
                new Limit("WordLists", "banned[]", Bound.MAX_LENGTH, Endpoint.REPLACE_WORDS, "banned", "banned[0]", n -> List.of(text(n))),
                new Limit("WordLists", "suspect", Bound.MAX_ITEMS, Endpoint.REPLACE_WORDS, "suspect", "suspect", n -> numbered(n, "كلمة")),
                new Limit("WordLists", "suspect[]", Bound.MIN_LENGTH, Endpoint.REPLACE_WORDS, "suspect", "suspect[0]", n -> List.of(text(n))),
                new Limit("WordLists", "suspect[]", Bound.MAX_LENGTH, Endpoint.REPLACE_WORDS, "suspect", "suspect[0]", n -> List.of(text(n))),

                new Limit("NewWebhook", "url", Bound.MAX_LENGTH, Endpoint.CREATE_WEBHOOK, "url", "url",
                        DocumentedLimitsTest::webhookUrl),
                new Limit("WebhookChange", "url", Bound.MAX_LENGTH, Endpoint.CHANGE_WEBHOOK, "url", "url",
                        DocumentedLimitsTest::webhookUrl),
                new Limit("NewWebhook", "events", Bound.MIN_ITEMS, Endpoint.CREATE_WEBHOOK, "events", "events",
                        n -> Collections.nCopies(n, "*")),
                new Limit("NewWebhook", "events", Bound.MAX_ITEMS, Endpoint.CREATE_WEBHOOK, "events", "events",
                        n -> Collections.nCopies(n, "*")),
                new Limit("NewWebhook", "events[]", Bound.MAX_LENGTH, Endpoint.CREATE_WEBHOOK, "events", "events[0]",
                        n -> List.of(latin(n)), 400),
                new Limit("NewWebhook", "description", Bound.MAX_LENGTH, Endpoint.CREATE_WEBHOOK, "description",
                        "description", DocumentedLimitsTest::text),
                new Limit("WebhookChange", "events", Bound.MIN_ITEMS, Endpoint.CHANGE_WEBHOOK, "events", "events",
                        n -> Collections.nCopies(n, "*")),
                new Limit("WebhookChange", "events", Bound.MAX_ITEMS, Endpoint.CHANGE_WEBHOOK, "events", "events",
                        n -> Collections.nCopies(n, "*")),
                new Limit("WebhookChange", "events[]", Bound.MAX_LENGTH, Endpoint.CHANGE_WEBHOOK, "events", "events[0]",
                        n -> List.of(latin(n)), 400),
                new Limit("WebhookChange", "description", Bound.MAX_LENGTH, Endpoint.CHANGE_WEBHOOK, "description",
                        "description", DocumentedLimitsTest::text));
    }

    /** A receiver URL {@code length} characters long (the test profile allows http to 127.0.0.1). */
    private static String webhookUrl(int length) {
        String base = "http://127.0.0.1:9/";
        return base + "a".repeat(Math.max(0, length - base.length()));
    }

    @SuppressWarnings("rawtypes") // as the parser gives them
    private static final Map<String, Schema> SCHEMAS = new OpenAPIV3Parser()
            .read(OpenApiValidation.SPEC.toString()).getComponents().getSchemas();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    TestContent content;

    @Inject
    TestStaff staff;

    @Inject
    CommentRateLimiter commentLimiter;

    Newsdesk desk;
    StaffUser admin;
    StaffUser editor;
    StaffUser moderator;
    StaffUser lina;

    @BeforeAll
    static void checkResponsesAgainstDocument() {
        OpenApiValidation.install();
    }

    @BeforeEach
    void newsroom() {
        staff.clear();
        desk = Newsdesk.create(content);
        commentLimiter.reset();
        admin = staff.member("admin@newsroom.example", null, StaffRole.ADMIN);
        editor = staff.member("editor@newsroom.example", null, StaffRole.EDITOR);
        moderator = staff.member("mod@newsroom.example", null, StaffRole.MODERATOR);
        lina = staff.member("lina@newsroom.example", desk.lina(), StaffRole.AUTHOR);
    }

    @Test
    void everyLimitOfEveryInputSchemaIsTested() {
        Set<String> documented = new TreeSet<>();
        for (String name : INPUT_SCHEMAS) {
            assertThat(SCHEMAS).as("schema %s in openapi.yaml", name).containsKey(name);
            Map<String, Schema<?>> properties = SCHEMAS.get(name).getProperties();
            properties.forEach((property, schema) -> {
                boundsOf(schema).forEach(bound -> documented.add(name + "." + property + " " + bound));
                if (schema.getItems() != null) {
                    boundsOf(schema.getItems()).forEach(bound -> documented.add(name + "." + property + "[] " + bound));
                }
            });
        }

        assertThat(limits().map(Limit::toString).toList()).containsExactlyInAnyOrderElementsOf(documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void aValueAtTheDocumentedLimitPassesAndOnePastItIsRefusedNamingTheField(Limit limit) {
        int documented = documented(limit);
        int past = limit.bound().isMax() ? documented + 1 : documented - 1;

        ExtractableResponse<Response> atLimit = send(limit.endpoint(), limit.key(), limit.value().apply(documented))
                .extract();
        assertThat(atLimit.statusCode()).as("%s at %d: %s", limit, documented, start(atLimit.asString()))
                .isEqualTo(limit.atLimit());
        if (limit.atLimit() >= 400) {
            List<Map<String, String>> errors = atLimit.path("errors");
            assertThat(errors == null ? List.<Map<String, String>>of() : errors)
                    .as("%s at %d: refused for another reason", limit, documented)
                    .noneMatch(error -> limit.field().equals(error.get("field"))
                            && limitMessage(limit.bound(), documented).equals(error.get("message")));
        }
        ValidatableResponse pastLimit = send(limit.endpoint(), limit.key(), limit.value().apply(past));
        assertThat(pastLimit.extract().statusCode()).as("%s at %d: %s", limit, past, start(pastLimit.extract().asString()))
                .isEqualTo(400);
        pastLimit.contentType(startsWith("application/problem+json"))
                .body("type", is(Problems.TYPES + "validation-failed"))
                .body("errors.field", hasItem(limit.field()));
        if (limit.bound() != Bound.MIN_ITEMS) { // a required list may say "must not be empty" instead
            List<Map<String, String>> errors = pastLimit.extract().path("errors");
            assertThat(errors).as("%s at %d: says the limit", limit, past)
                    .anyMatch(error -> limit.field().equals(error.get("field"))
                            && limitMessage(limit.bound(), documented).equals(error.get("message")));
        }
    }

    private static String start(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    // --- the document ---

    private static List<Bound> boundsOf(Schema<?> schema) {
        List<Bound> bounds = new ArrayList<>();
        if (schema.getMaxLength() != null) {
            bounds.add(Bound.MAX_LENGTH);
        }
        if (schema.getMinLength() != null) {
            bounds.add(Bound.MIN_LENGTH);
        }
        if (schema.getMaxItems() != null) {
            bounds.add(Bound.MAX_ITEMS);
        }
        if (schema.getMinItems() != null) {
            bounds.add(Bound.MIN_ITEMS);
        }
        if (schema.getMaximum() != null) {
            bounds.add(Bound.MAXIMUM);
        }
        if (schema.getMinimum() != null) {
            bounds.add(Bound.MINIMUM);
        }
        return bounds;
    }

    private static int documented(Limit limit) {
        String property = limit.property().replace("[]", "");
        Schema<?> schema = (Schema<?>) SCHEMAS.get(limit.schema()).getProperties().get(property);
        if (limit.property().endsWith("[]")) {
            schema = schema.getItems();
        }
        Number value = switch (limit.bound()) {
            case MAX_LENGTH -> schema.getMaxLength();
            case MIN_LENGTH -> schema.getMinLength();
            case MAX_ITEMS -> schema.getMaxItems();
            case MIN_ITEMS -> schema.getMinItems();
            case MAXIMUM -> schema.getMaximum();
            case MINIMUM -> schema.getMinimum();
        };
        assertThat(value).as("%s in openapi.yaml", limit).isNotNull();
        return value.intValue();
    }

    /** What the answer says of a value past the limit (in English). */
    private static String limitMessage(Bound bound, int limit) {
        return switch (bound) {
            case MAX_LENGTH -> "At most " + limit + " characters.";
            case MIN_LENGTH -> "At least " + limit + " characters.";
            case MAX_ITEMS -> "At most " + limit + " entries.";
            case MIN_ITEMS -> "At least " + limit + " entries.";
            case MAXIMUM -> "At most " + limit + ".";
            case MINIMUM -> "At least " + limit + ".";
        };
    }

    // --- the requests: a valid body with one field replaced ---

    private ValidatableResponse send(Endpoint endpoint, String key, Object value) {
        Map<String, Object> body = new HashMap<>(switch (endpoint) {
            case CREATE_ARTICLE -> Map.of("title", "عنوان", "sectionSlug", "economy", "authorSlugs", List.of("lina-khoury"));
            case CREATE_SECTION, CREATE_AUTHOR, CREATE_TAG, CREATE_API_KEY -> Map.of("name", "اسم جديد");
            case CREATE_STAFF -> Map.of("email", "omar@newsroom.example", "displayName", "عمر صالح",
                    "password", "a-long-passphrase-for-omar", "roles", List.of("author"));
            case SIGN_IN -> Map.of("email", "nobody@newsroom.example", "password", "not-the-password");
            case POST_COMMENT -> Readers.comment("قارئ", "تعليق مفيد", Readers.solvedChallenge());
            case REPORT_COMMENT -> Map.of("reason", "إساءة");
            case MODERATE_COMMENT -> Map.of("status", "approved");
            case MODERATE_COMMENTS -> Map.of("ids", List.of(comment(false)), "status", "approved");
            case CHANGE_STAFF -> Map.of();
            case REPLACE_WORDS -> Map.of("banned", List.of(), "suspect", List.of());
            case CREATE_WEBHOOK -> Map.of("url", "https://127.0.0.1:9/hooks", "events", List.of("*"));
            case CHANGE_WEBHOOK -> Map.of();
        });
        body.put(key, value);
        RequestSpecification request = given().header("Accept-Language", "en").contentType("application/json").body(body);
        return switch (endpoint) {
            case CREATE_ARTICLE -> as(editor, request).post("/api/v1/articles").then();
            case CREATE_SECTION -> as(editor, request).post("/api/v1/sections").then();
            case CREATE_AUTHOR -> as(editor, request).post("/api/v1/authors").then();
            case CREATE_TAG -> as(editor, request).post("/api/v1/tags").then();
            case CREATE_STAFF -> as(admin, request).post("/api/v1/staff").then();
            case CHANGE_STAFF -> as(admin, request).patch("/api/v1/staff/" + lina.getId()).then();
            case CREATE_API_KEY -> as(admin, request).post("/api/v1/api-keys").then();
            case SIGN_IN -> request.header("X-Forwarded-For", newClient()).post("/api/v1/auth/token").then();
            case POST_COMMENT -> request.header("X-Forwarded-For", newClient())
                    .post("/api/v1/articles/" + desk.waterCuts().getId() + "/comments").then();
            case REPORT_COMMENT -> request.header("X-Forwarded-For", newClient())
                    .post("/api/v1/comments/" + comment(true) + "/reports").then();
            case MODERATE_COMMENT -> as(moderator, request).patch("/api/v1/moderation/comments/" + comment(false)).then();
            case MODERATE_COMMENTS -> as(moderator, request).post("/api/v1/moderation/comments/bulk").then();
            case REPLACE_WORDS -> as(moderator, request).put("/api/v1/moderation/words").then();
            case CREATE_WEBHOOK -> as(admin, request).post("/api/v1/webhooks").then();
            case CHANGE_WEBHOOK -> as(admin, request).patch("/api/v1/webhooks/" + webhook()).then();
        };
    }

    private RequestSpecification as(StaffUser user, RequestSpecification request) {
        return request.auth().oauth2(staff.tokenFor(user)).when();
    }

    /** A reader's comment on the water article, pending or approved by a moderator. */
    private long comment(boolean approved) {
        long id = ((Number) Readers.post(desk.waterCuts().getId(), newClient(), "تعليق للاختبار")
                .then().statusCode(201).extract().path("id")).longValue();
        if (approved) {
            given().auth().oauth2(staff.tokenFor(moderator)).contentType("application/json")
                    .body(Map.of("status", "approved"))
                    .when().patch("/api/v1/moderation/comments/" + id).then().statusCode(200);
        }
        return id;
    }

    /** A webhook subscription to change. */
    private long webhook() {
        return ((Number) given().auth().oauth2(staff.tokenFor(admin)).contentType("application/json")
                .body(Map.of("url", "https://127.0.0.1:9/hooks", "events", List.of("*")))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id")).longValue();
    }

    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    // --- values of a given size ---

    private static String text(int length) {
        return "ع".repeat(length);
    }

    private static String latin(int length) {
        return "a".repeat(length);
    }

    private static List<String> numbered(int count, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    /** admin, editor, author, moderator, admin...: the first {@code count} of them. */
    private static List<String> roles(int count) {
        List<String> all = List.of("admin", "editor", "author", "moderator");
        return IntStream.range(0, count).mapToObj(i -> all.get(i % all.size())).toList();
    }

    private static String url(int length) {
        String start = "https://media.newsroom.example/";
        return start + "a".repeat(length - start.length());
    }

    /** A well-formed address: a 64-letter local part and a domain of labels of at most 63 letters. */
    private static String email(int length) {
        StringBuilder domain = new StringBuilder();
        int rest = length - "@".length() - 64 - "example".length();
        while (rest > 0) {
            int label = Math.min(63, rest - 1);
            if (rest - (label + 1) == 1) {
                label--;
            }
            domain.append("b".repeat(label)).append('.');
            rest -= label + 1;
        }
        String address = "a".repeat(64) + "@" + domain + "example";
        assertThat(address).hasSize(length);
        return address;
    }

    /** Paragraphs of plain words, {@code length} characters of HTML in all. */
    private static String html(int length) {
        String paragraph = "<p>" + "news ".repeat(199) + "</p>";
        StringBuilder html = new StringBuilder();
        while (length - html.length() >= paragraph.length() + 8) {
            html.append(paragraph);
        }
        int rest = length - html.length();
        return html.append("<p>").append("a".repeat(rest - "<p></p>".length())).append("</p>").toString();
    }

    private static Map<String, Object> paragraph(String html) {
        return Map.of("type", "paragraph", "html", html);
    }

    private static Map<String, Object> heading(int level, String text) {
        return Map.of("type", "heading", "level", level, "text", text);
    }

    private static Map<String, Object> list(List<String> items) {
        return Map.of("type", "list", "ordered", false, "items", items);
    }
}
