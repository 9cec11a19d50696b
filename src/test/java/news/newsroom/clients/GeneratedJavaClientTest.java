package news.newsroom.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.newsroom.client.ApiClient;
import news.newsroom.client.ApiException;
import news.newsroom.client.api.ArticlesApi;
import news.newsroom.client.api.CommentsApi;
import news.newsroom.client.api.EditorialApi;
import news.newsroom.client.api.ModerationApi;
import news.newsroom.client.api.StaffApi;
import news.newsroom.client.model.AccessToken;
import news.newsroom.client.model.ArticleDetail;
import news.newsroom.client.model.ArticleInput;
import news.newsroom.client.model.ArticlePage;
import news.newsroom.client.model.ArticleSummary;
import news.newsroom.client.model.Block;
import news.newsroom.client.model.Comment;
import news.newsroom.client.model.CommentChallenge;
import news.newsroom.client.model.CommentInput;
import news.newsroom.client.model.CommentPage;
import news.newsroom.client.model.Credentials;
import news.newsroom.client.model.HeadingBlock;
import news.newsroom.client.model.ModeratedComment;
import news.newsroom.client.model.ModerationChange;
import news.newsroom.client.model.ModerationQueue;
import news.newsroom.client.model.ParagraphBlock;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator makes from the committed openapi.yaml (library {@code native},
 * generated into target/generated-clients/java as test sources) against the running service, the way an
 * integrator would use it. A field renamed in the code but not in the document, or the reverse, shows up here
 * as a null or a failed call.
 */
@QuarkusTest
@KnownNewsroom
class GeneratedJavaClientTest {

    private static final Pattern SUM = Pattern.compile("(\\d+)\\s*\\+\\s*(\\d+)");

    @TestHTTPResource("/")
    URI root;

    @Member(StaffRole.EDITOR)
    StaffUser editorAccount;
    @Member(StaffRole.MODERATOR)
    StaffUser moderatorAccount;

    @Test
    void anIntegratorPublishesReadsPagesAndModeratesThroughTheGeneratedClient() throws ApiException {
        ApiClient anonymous = client(null);
        String editorToken = signIn(anonymous, editorAccount.getEmail());
        ApiClient editor = client(editorToken);

        ArticleDetail draft = new EditorialApi(editor).createArticle(new ArticleInput()
                .title("الحكومةُ تُقرّ موازنة 2027!")
                .subtitle("زيادة مخصصات الدعم الاجتماعي")
                .sectionSlug("economy")
                .tags(List.of("موازنة"))
                .authorSlugs(List.of("lina-khoury"))
                .blocks(List.of(
                        new Block(new ParagraphBlock().type(ParagraphBlock.TypeEnum.PARAGRAPH)
                                .html("أقرّ مجلس الوزراء <strong>اليوم</strong> مشروع الموازنة العامة.")),
                        new Block(new HeadingBlock().type(HeadingBlock.TypeEnum.HEADING).level(2).text("أبرز الأرقام")))));
        assertThat(draft.getStatus()).isEqualTo(ArticleDetail.StatusEnum.DRAFT);
        assertThat(draft.getSlug()).isEqualTo("الحكومة-تقر-موازنة-2027");

        ArticleDetail published = new EditorialApi(editor).publishArticle(draft.getId(), null);
        assertThat(published.getStatus()).isEqualTo(ArticleDetail.StatusEnum.PUBLISHED);

        ArticlesApi articles = new ArticlesApi(anonymous);
        ArticleDetail byId = articles.getArticle(draft.getId());
        assertThat(byId.getTitle()).isEqualTo("الحكومةُ تُقرّ موازنة 2027!");
        assertThat(byId.getLanguage()).isEqualTo(ArticleDetail.LanguageEnum.AR);
        assertThat(byId.getDirection()).isEqualTo(ArticleDetail.DirectionEnum.RTL);
        assertThat(byId.getBlocks()).hasSize(2);
        assertThat(byId.getBlocks().get(1).getHeadingBlock().getText()).isEqualTo("أبرز الأرقام");
        assertThat(byId.getHtml()).contains("<h2>أبرز الأرقام</h2>");
        assertThat(byId.getPublishedAtHijri()).isNotBlank();
        // The client percent-encodes the Arabic slug in the path, as the document tells clients to.
        ArticleDetail bySlug = articles.getArticleBySlug(draft.getSlug());
        assertThat(bySlug.getId()).isEqualTo(draft.getId());
        assertThat(bySlug.getTags()).extracting(tag -> tag.getSlug()).containsExactly("موازنة");

        List<ArticleSummary> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ArticlePage page = articles.listArticles(null, cursor, null, 2, null, null, null, "newest", null, null, null);
            assertThat(page.getLimit()).isEqualTo(2);
            assertThat(page.getItems()).hasSizeLessThanOrEqualTo(2);
            walked.addAll(page.getItems());
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && pages < 10);
        ArticlePage first = articles.listArticles(null, null, null, 2, null, null, null, "newest", null, null, null);
        assertThat(walked).hasSize(first.getTotal().intValue()).hasSize(6);
        assertThat(pages).isEqualTo(3);
        assertThat(walked.get(0).getId()).isEqualTo(draft.getId());

        // Search finds it by another form of a title word («الموازنة» for «موازنة»), with the word marked.
        ArticlePage found = articles.listArticles(null, null, null, 5, null, "الموازنة", null, null, null, null, null);
        assertThat(found.getItems()).extracting(ArticleSummary::getId).contains(draft.getId());
        assertThat(found.getItems().get(0).getHighlight()).containsPattern("<mark>[^<]*موازنة</mark>");
        assertThat(walked).extracting(ArticleSummary::getId).doesNotHaveDuplicates();

        CommentsApi comments = new CommentsApi(anonymous);
        CommentChallenge challenge = comments.getCommentChallenge();
        assertThat(challenge.getQuestion()).startsWith("اكتب ناتج");
        Comment posted = comments.postComment(draft.getId(), new CommentInput()
                .authorName("أبو خليل")
                .body("شكراً على التقرير، الأرقام واضحة.")
                .challengeToken(challenge.getToken())
                .challengeAnswer(arabicIndic(answer(challenge.getQuestion()))), null);
        assertThat(posted.getStatus()).isEqualTo(Comment.StatusEnum.PENDING);
        assertThat(comments.listComments(draft.getId(), null, null, null).getItems()).isEmpty();

        ApiClient moderator = client(signIn(anonymous, moderatorAccount.getEmail()));
        ModerationApi moderation = new ModerationApi(moderator);
        ModerationQueue queue = moderation.listCommentsForModeration(draft.getId(), null, null, null, null, null);
        assertThat(queue.getItems()).extracting(ModeratedComment::getId).containsExactly(posted.getId());
        assertThat(queue.getItems().get(0).getBody()).isEqualTo("شكراً على التقرير، الأرقام واضحة.");
        ModeratedComment approved = moderation.moderateComment(posted.getId(),
                new ModerationChange().status(ModerationChange.StatusEnum.APPROVED).note("تعليق مفيد"));
        assertThat(approved.getStatus()).isEqualTo(ModeratedComment.StatusEnum.APPROVED);

        CommentPage page = comments.listComments(draft.getId(), null, null, null);
        assertThat(page.getItems()).extracting(Comment::getAuthorName).containsExactly("أبو خليل");
        assertThat(page.getTotal()).isEqualTo(1);
    }

    @Test
    void aProblemAnswerReachesTheClientAsAnApiExceptionWithTheProblemBody() {
        assertThatThrownBy(() -> new ArticlesApi(client(null)).getArticle(999_999L))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.getCode()).isEqualTo(404);
                    assertThat(problem.getResponseBody()).contains("\"status\":404");
                });
    }

    private String signIn(ApiClient anonymous, String email) throws ApiException {
        AccessToken token = new StaffApi(anonymous).signIn(new Credentials().email(email).password(TestStaff.PASSWORD));
        assertThat(token.getTokenType()).isEqualTo(AccessToken.TokenTypeEnum.BEARER);
        assertThat(token.getExpiresIn()).isPositive();
        return token.getAccessToken();
    }

    private ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/+$", ""));
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }

    private static int answer(String question) {
        Matcher sum = SUM.matcher(question);
        assertThat(sum.find()).as("an arithmetic question: " + question).isTrue();
        return Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2));
    }

    /** Readers type the answer in Arabic-Indic digits as often as in ASCII ones; the API takes both. */
    private static String arabicIndic(int number) {
        StringBuilder digits = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            digits.append((char) ('٠' + (c - '0')));
        }
        return digits.toString();
    }
}
