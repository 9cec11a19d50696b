package news.newsroom.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import news.newsroom.author.Author;
import news.newsroom.staff.security.LoginThrottle;
import news.newsroom.staff.security.PasswordHasher;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;

/**
 * Staff accounts for tests, and their tokens ({@link StaffRequests}), so a test reads
 * {@code given().auth().oauth2(staff.tokenFor(editor))} or {@code as(editor)}.
 */
@ApplicationScoped
public class TestStaff {

    public static final String PASSWORD = "correct-horse-battery-staple";

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private String passwordHash;

    public TestStaff(EntityManager em, PasswordHasher hasher, LoginThrottle throttle) {
        this.em = em;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /** Removes every staff account and API key, and forgets failed sign-ins. */
    @Transactional
    public void clear() {
        em.createNativeQuery("update article set created_by = null").executeUpdate();
        em.createNativeQuery("truncate api_key, article_revision, moderation_action restart identity cascade").executeUpdate();
        em.createNativeQuery("delete from staff_user").executeUpdate();
        throttle.reset();
    }

    /** An active account with {@link #PASSWORD}, optionally linked to an author profile. */
    @Transactional
    public StaffUser member(String email, Author author, StaffRole... roles) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        StaffUser user = new StaffUser(email, "عضو " + email, passwordHash,
                roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(Set.of(roles)),
                author == null ? null : em.find(Author.class, author.getId()));
        em.persist(user);
        return user;
    }

    @Transactional
    public void deactivate(StaffUser user) {
        em.find(StaffUser.class, user.getId()).setActive(false);
    }

    /** A valid access token for {@code user}, as sign-in would issue it. */
    public String tokenFor(StaffUser user) {
        return StaffRequests.tokenFor(user);
    }
}
