package news.newsroom.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.stream.Collectors;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;

/**
 * Requests as a staff member sends them, with the Bearer token sign-in would issue, signed inline with the test
 * key pair (as the security-jwt quickstart does): {@code as(editor).body(json).when().post(...)}.
 */
public final class StaffRequests {

    private StaffRequests() {
    }

    /** A request by {@code member}; {@code null} stands for an anonymous reader. */
    public static RequestSpecification as(StaffUser member) {
        return member == null ? given() : given().auth().oauth2(tokenFor(member));
    }

    /** A valid access token for {@code member}, as sign-in would issue it. */
    public static String tokenFor(StaffUser member) {
        return Jwt.subject(String.valueOf(member.getId()))
                .upn(member.getEmail())
                .groups(member.getRoles().stream().map(StaffRole::wireName).collect(Collectors.toSet()))
                .claim("name", member.getDisplayName())
                .expiresIn(600)
                .sign();
    }
}
