package news.newsroom.staff;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.newsroom.NewsroomConfig;
import news.newsroom.author.Author;
import news.newsroom.author.AuthorRepository;
import news.newsroom.web.ApiProblem;
import news.newsroom.web.OffsetPaging;
import news.newsroom.web.PageRequest;
import org.jboss.logging.Logger;
import news.newsroom.staff.security.PasswordHasher;

/** Staff accounts: the first admin, demo accounts in dev, and what admins do with accounts. */
@ApplicationScoped
public class StaffService {

    private static final Logger LOG = Logger.getLogger(StaffService.class);
    private static final String CURSOR_SCOPE = "staff";
    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** Dev-only accounts, one per role; the README lists them. */
    static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"admin@newsroom.example", "مدير الموقع", "admin", "admin-dev-password", null},
            new String[] {"editor@newsroom.example", "محررة الموقع", "editor", "editor-dev-password", null},
            new String[] {"author@newsroom.example", "لينا خوري", "author", "author-dev-password", "lina-khoury"},
            new String[] {"moderator@newsroom.example", "مشرف التعليقات", "moderator", "moderator-dev-password", null});

    private final StaffRepository staff;
    private final AuthorRepository authors;
    private final PasswordHasher hasher;
    private final OffsetPaging paging;
    private final NewsroomConfig config;
    private final SecureRandom random = new SecureRandom();

    public StaffService(StaffRepository staff, AuthorRepository authors, PasswordHasher hasher, OffsetPaging paging,
            NewsroomConfig config) {
        this.staff = staff;
        this.authors = authors;
        this.hasher = hasher;
        this.paging = paging;
        this.config = config;
    }

    /** After the sample data (observers at the default priority, APPLICATION + 500), so demo authors exist. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        bootstrap();
    }

    @Transactional
    public void bootstrap() {
        NewsroomConfig.Bootstrap settings = config.bootstrap();
        if (staff.count() == 0) {
            if (settings.adminEmail().isPresent() && settings.adminPassword().isPresent()) {
                staff.persist(new StaffUser(settings.adminEmail().get(), "مدير الموقع",
                        hasher.hash(settings.adminPassword().get()), EnumSet.of(StaffRole.ADMIN), null));
                LOG.infof("Created the first admin account %s", settings.adminEmail().get());
            } else {
                LOG.warn("No staff account exists and NEWSROOM_ADMIN_EMAIL / NEWSROOM_ADMIN_PASSWORD are not set: "
                        + "nobody can sign in until they are.");
            }
        }
        if (settings.demoUsers()) {
            for (String[] demo : DEMO_ACCOUNTS) {
                if (staff.findByEmail(demo[0]).isPresent()) {
                    continue;
                }
                Author author = demo[4] == null ? null : authors.findBySlug(demo[4]).orElse(null);
                staff.persist(new StaffUser(demo[0], demo[1], hasher.hash(demo[3]),
                        EnumSet.of(StaffRole.fromWire(demo[2])), author));
            }
        }
    }

    public StaffPage list(PageRequest request) {
        int start = paging.start(CURSOR_SCOPE, request);
        long total = staff.count();
        List<StaffView> items = staff.findPage(start, request.limit()).stream().map(StaffView::of).toList();
        return new StaffPage(items, total, request.limit(), paging.next(CURSOR_SCOPE, start, items.size(), total));
    }

    public Optional<StaffView> find(long id) {
        return staff.findWithAuthor(id).map(StaffView::of);
    }

    @Transactional
    public StaffView create(StaffInput input) {
        if (staff.findByEmail(input.email()).isPresent()) {
            throw ApiProblem.conflict("conflict.email-taken", StaffUser.normalizeEmail(input.email()));
        }
        StaffUser user = new StaffUser(input.email(), input.displayName().strip(), hasher.hashNew("password", input.password()),
                roles(input.roles()), author(input.authorSlug()).orElse(null));
        staff.persist(user);
        return StaffView.of(user);
    }

    @Transactional
    public StaffView change(long id, StaffChange change) {
        if (change.roles() != null || change.active() != null) {
            staff.lockAdminRoster();
        }
        StaffUser user = staff.findWithAuthor(id).orElseThrow(() -> ApiProblem.notFound("not-found.staff", id));
        if (change.roles() != null) {
            Set<StaffRole> newRoles = roles(change.roles());
            if (!newRoles.contains(StaffRole.ADMIN)) {
                refuseIfLastAdmin(user);
            }
            user.changeRoles(newRoles);
        }
        if (change.active() != null) {
            if (!change.active()) {
                refuseIfLastAdmin(user);
            }
            user.setActive(change.active());
        }
        if (change.displayName() != null) {
            if (change.displayName().isBlank()) {
                throw ApiProblem.invalidField("displayName", "field.blank");
            }
            user.rename(change.displayName().strip());
        }
        if (change.authorSlug() != null) {
            user.linkAuthor(change.authorSlug().isEmpty() ? null : author(change.authorSlug()).orElse(null));
        }
        return StaffView.of(user);
    }

    @Transactional
    public TemporaryPassword resetPassword(long id) {
        StaffUser user = staff.findWithAuthor(id).orElseThrow(() -> ApiProblem.notFound("not-found.staff", id));
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            if (i > 0 && i % 6 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
        }
        user.changePasswordHash(hasher.hash(password.toString()));
        return new TemporaryPassword(password.toString());
    }

    private void refuseIfLastAdmin(StaffUser user) {
        if (user.isActive() && user.getRoles().contains(StaffRole.ADMIN)
                && staff.list("active = true").stream().filter(u -> u.getRoles().contains(StaffRole.ADMIN)).count() <= 1) {
            throw ApiProblem.conflict("conflict.last-admin");
        }
    }

    private static Set<StaffRole> roles(List<String> names) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String name : names) {
            try {
                roles.add(StaffRole.fromWire(name));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw ApiProblem.invalidField("roles", "field.unknown-role", String.valueOf(name));
            }
        }
        if (roles.isEmpty()) {
            throw ApiProblem.invalidField("roles", "field.required");
        }
        return roles;
    }

    private Optional<Author> author(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(authors.findBySlug(slug)
                .orElseThrow(() -> ApiProblem.invalidField("authorSlug", "field.unknown-author", slug)));
    }
}
