package news.newsroom.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import news.newsroom.Timestamps;

/** A byline: the public profile of someone who writes for the outlet. */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String bio;

    @Column(name = "avatar_url", length = 500)
    private String avatarUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Author() {
    }

    public Author(String slug, String name, String bio, String avatarUrl) {
        this.slug = slug;
        this.name = name;
        this.bio = bio;
        this.avatarUrl = avatarUrl;
        this.createdAt = Timestamps.now();
        this.updatedAt = this.createdAt;
    }

    public void change(String newSlug, String newName, String newBio, String newAvatarUrl) {
        this.slug = newSlug;
        this.name = newName;
        this.bio = newBio;
        this.avatarUrl = newAvatarUrl;
        this.updatedAt = Timestamps.now();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getBio() {
        return bio;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
