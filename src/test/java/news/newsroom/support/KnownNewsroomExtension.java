package news.newsroom.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.newsroom.comment.CommentRateLimiter;
import news.newsroom.staff.ApiKeyQuota;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.KnownNewsroom.Member;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Builds the newsroom {@link KnownNewsroom} describes before each test and sets the fields that name its parts.
 * It runs after Quarkus has started the application (the test class carries {@code @QuarkusTest} first), so it
 * takes the application's beans from the CDI container.
 */
public final class KnownNewsroomExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        ArcContainer container = Arc.container();
        TestStaff staff = container.instance(TestStaff.class).get();
        staff.clear();
        Newsdesk desk = Newsdesk.create(container.instance(TestContent.class).get());
        // Resets the counts in Redis under this run's key prefix too, so no test inherits another's.
        container.instance(CommentRateLimiter.class).get().reset();
        container.instance(ApiKeyQuota.class).get().reset();

        Object[] tests = context.getRequiredTestInstances().getAllInstances().toArray();
        Set<StaffRole> named = EnumSet.noneOf(StaffRole.class);
        for (Object test : tests) {
            fields(test, Member.class).forEach(field -> named.add(field.getAnnotation(Member.class).value()));
        }
        // Made in the order of the roles, not of the fields, so a class always gets the same staff in the same order.
        Map<StaffRole, StaffUser> members = new EnumMap<>(StaffRole.class);
        named.forEach(role -> members.put(role, member(staff, desk, role)));

        for (Object test : tests) {
            for (Field field : fields(test, Desk.class)) {
                set(field, test, desk);
            }
            for (Field field : fields(test, Member.class)) {
                set(field, test, members.get(field.getAnnotation(Member.class).value()));
            }
        }
    }

    private static List<Field> fields(Object test, Class<? extends Annotation> annotation) {
        return AnnotationSupport.findAnnotatedFields(test.getClass(), annotation);
    }

    /** The one member of the known newsroom with {@code role}; only the author has an author profile. */
    private static StaffUser member(TestStaff staff, Newsdesk desk, StaffRole role) {
        return switch (role) {
            case ADMIN -> staff.member("admin@newsroom.example", null, StaffRole.ADMIN);
            case EDITOR -> staff.member("editor@newsroom.example", null, StaffRole.EDITOR);
            case AUTHOR -> staff.member("lina@newsroom.example", desk.lina(), StaffRole.AUTHOR);
            case MODERATOR -> staff.member("mod@newsroom.example", null, StaffRole.MODERATOR);
        };
    }

    private static void set(Field field, Object test, Object value) throws IllegalAccessException {
        if (!field.getType().isInstance(value)) {
            throw new ExtensionConfigurationException(field + " cannot hold a " + value.getClass().getSimpleName());
        }
        field.setAccessible(true);
        field.set(test, value);
    }
}
