package news.newsroom.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import news.newsroom.Timestamps;

/** A part of the site (politics, economy...). Sections nest: a subsection names its parent. */
@Entity
@Table(name = "section")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 500)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Section() {
    }

    public Section(String slug, String name, String description, Section parent, int position) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.parent = parent;
        this.position = position;
        this.createdAt = Timestamps.now();
        this.updatedAt = this.createdAt;
    }

    public void change(String newSlug, String newName, String newDescription, Section newParent, int newPosition) {
        this.slug = newSlug;
        this.name = newName;
        this.description = newDescription;
        this.parent = newParent;
        this.position = newPosition;
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

    public String getDescription() {
        return description;
    }

    public Section getParent() {
        return parent;
    }

    public int getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
