package news.newsroom.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import news.newsroom.Timestamps;
import news.newsroom.author.Author;

/** A member of the newsroom who signs in: editors, authors, moderators, admins. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Author author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Raised when issued tokens must stop working: a new password, a deactivation (V15); tokens carry it as {@code ver}. */
    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    @Version
    @Column(nullable = false)
    private int version;

    protected StaffUser() {
    }

    public StaffUser(String email, String displayName, String passwordHash, Set<StaffRole> roles, Author author) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = StaffRole.join(roles);
        this.author = author;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Tokens need no new version here: each request reads the account's current roles, and a token that claims a
     * role the account lost is refused (StaffIdentityAugmentor), while a role added counts at once.
     */
    public void changeRoles(Set<StaffRole> newRoles) {
        this.roles = StaffRole.join(newRoles);
        touch();
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
        touch();
    }

    public void linkAuthor(Author newAuthor) {
        this.author = newAuthor;
        touch();
    }

    public void setActive(boolean value) {
        if (!value) {
            revokeTokens();
        }
        this.active = value;
        touch();
    }

    /** A new password ends every session signed in with the old one. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        revokeTokens();
        touch();
    }

    private void revokeTokens() {
        tokenVersion++;
    }

    private void touch() {
        this.updatedAt = Timestamps.now();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        return roles == null ? EnumSet.noneOf(StaffRole.class) : StaffRole.split(roles);
    }

    public int getTokenVersion() {
        return tokenVersion;
    }

    public boolean isActive() {
        return active;
    }

    public Author getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
