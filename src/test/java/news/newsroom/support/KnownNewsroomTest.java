package news.newsroom.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import org.junit.jupiter.api.Test;

/** What {@link KnownNewsroom} promises every test class that carries it. */
@QuarkusTest
@KnownNewsroom
class KnownNewsroomTest {

    @Inject
    EntityManager em;

    @Desk
    Newsdesk desk;
    @Member(StaffRole.AUTHOR)
    StaffUser author;
    @Member(StaffRole.EDITOR)
    StaffUser editor;
    @Member(StaffRole.AUTHOR)
    StaffUser lina;

    @Test
    void theNewsdeskIsPublishedAndTheStaffIsExactlyTheMembersNamed() {
        given().when().get("/api/v1/articles").then().statusCode(200).body("total", is(5));
        assertThat(desk.lina().getSlug()).isEqualTo("lina-khoury");

        assertThat(em.createQuery("select s.email from StaffUser s order by s.id", String.class).getResultList())
                .containsExactly("editor@newsroom.example", "lina@newsroom.example");
        assertThat(lina).isSameAs(author);
        assertThat(author.getRoles()).containsExactly(StaffRole.AUTHOR);
        assertThat(author.getAuthor().getId()).isEqualTo(desk.lina().getId());
        assertThat(editor.getRoles()).containsExactly(StaffRole.EDITOR);
        assertThat(editor.getAuthor()).isNull();
    }

    @Test
    void membersSignInWithTheTestPassword() {
        given().contentType("application/json")
                .body(Map.of("email", "editor@newsroom.example", "password", TestStaff.PASSWORD))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200);
    }

    @Test
    void everyResponseIsCheckedAgainstTheDocument() {
        assertThat(RestAssured.filters()).hasAtLeastOneElementOfType(OpenApiValidationFilter.class);
    }
}
