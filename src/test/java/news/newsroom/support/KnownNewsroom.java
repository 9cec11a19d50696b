package news.newsroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import news.newsroom.staff.StaffRole;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of a {@code @QuarkusTest} class against a known newsroom, built afresh before every test: the
 * {@link Newsdesk} content, a staff of exactly the members the class names, no failed sign-ins and no comment
 * limits used. Every response the class receives is checked against openapi.yaml ({@link OpenApiValidation}).
 *
 * <p>The class names what it works with in fields, which are set before each test:
 * <pre>{@code
 * @QuarkusTest
 * @KnownNewsroom
 * class SectionEditingTest {
 *     @Desk
 *     Newsdesk desk;
 *     @Member(StaffRole.EDITOR)
 *     StaffUser editor;
 * }</pre>
 * Whatever else a class needs (another member, a setting, content of its own) it makes in its own
 * {@code @BeforeEach}, which runs after the newsroom is built.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({OpenApiValidation.class, KnownNewsroomExtension.class})
public @interface KnownNewsroom {

    /** The {@link Newsdesk} of the current test. */
    @Documented
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Desk {
    }

    /**
     * The staff member with this role, signed in with {@link TestStaff#PASSWORD}: {@code admin@newsroom.example},
     * {@code editor@newsroom.example}, {@code lina@newsroom.example} (the author, linked to Lina Khoury's profile)
     * or {@code mod@newsroom.example}. A member no field names is not on the staff.
     */
    @Documented
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Member {
        StaffRole value();
    }
}
