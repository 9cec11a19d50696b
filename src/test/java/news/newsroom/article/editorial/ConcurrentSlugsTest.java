package news.newsroom.article.editorial;

import static news.newsroom.support.StaffRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.Concurrently;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/** Many saves at once that want one slug: articles all get their own, an explicit clash is one 201 and 409s. */
@QuarkusTest
@KnownNewsroom
class ConcurrentSlugsTest {

    static final int EDITORS = 20;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.EDITOR)
    StaffUser editor;

    @Test
    void twentyArticlesSavedAtOnceWithOneHeadlineAreAllSavedWithTheirOwnSlugs() {
        List<Response> responses = Concurrently.run(EDITORS, i -> as(editor).contentType("application/json")
                .body(Map.of("title", "عاجل: انقطاع الكهرباء", "sectionSlug", "economy",
                        "authorSlugs", List.of("lina-khoury")))
                .when().post("/api/v1/articles").thenReturn());

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        List<String> slugs = responses.stream().map(response -> response.<String>path("slug")).toList();
        assertThat(slugs).doesNotHaveDuplicates().contains("عاجل-انقطاع-الكهرباء", "عاجل-انقطاع-الكهرباء-" + EDITORS);
    }

    @Test
    void sectionsCreatedAtOnceWithOneSlugAreOne201AndConflicts() {
        List<Response> responses = Concurrently.run(EDITORS, i -> as(editor).contentType("application/json")
                .body(Map.of("name", "رياضة " + i, "slug", "local-sports"))
                .when().post("/api/v1/sections").thenReturn());

        assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
        responses.stream().filter(response -> response.statusCode() != 201)
                .forEach(response -> Problems.refused(response.then(), 409, "conflict"));
    }

    @Test
    void tagsCreatedAtOnceWithOneSlugAreOne201AndConflicts() {
        List<Response> responses = Concurrently.run(EDITORS, i -> as(editor).contentType("application/json")
                .body(Map.of("name", "وسم " + i, "slug", "one-tag"))
                .when().post("/api/v1/tags").thenReturn());

        assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
        responses.stream().filter(response -> response.statusCode() != 201)
                .forEach(response -> Problems.refused(response.then(), 409, "conflict"));
    }
}
