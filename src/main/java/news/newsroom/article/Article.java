package news.newsroom.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.newsroom.Timestamps;
import news.newsroom.article.body.Block;
import news.newsroom.article.body.BlockRenderer;
import news.newsroom.author.Author;
import news.newsroom.section.Section;
import news.newsroom.tag.Tag;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "article")
public class Article {

    /**
     * How many articles' bylines (or tags) one statement loads: a whole page of a list, whose largest size is
     * {@code PageRequest.MAX_LIMIT}.
     */
    static final int PAGE_BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 500)
    private String subtitle;

    @Column(length = 1000)
    private String excerpt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @Column(nullable = false, length = 16)
    private ArticleStatus status;

    /** Lazy: list pages never load bodies. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Block> blocks = new ArrayList<>();

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Embedded
    private FeaturedImage featuredImage;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "moderation_mode", length = 8)
    private String moderationMode;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Version
    @Column(nullable = false)
    private int version;

    @ManyToMany
    @JoinTable(name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = PAGE_BATCH)
    private List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @BatchSize(size = PAGE_BATCH)
    private Set<Tag> tags = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(String slug, String title, Section section) {
        this.slug = slug;
        this.title = title;
        this.section = section;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = Timestamps.now();
        this.updatedAt = this.createdAt;
    }

    /** Makes the article public as of {@code when} (which may be in the past, for imported archives). */
    public void publish(Instant when) {
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = when;
        this.scheduledAt = null;
        touch();
    }

    /** Takes the article off the site and back to the desk as a draft. */
    public void unpublish() {
        this.status = ArticleStatus.DRAFT;
        this.scheduledAt = null;
        touch();
    }

    /** Publishes at {@code when}, in the future; the scheduler publishes it then. */
    public void schedule(Instant when) {
        this.status = ArticleStatus.SCHEDULED;
        this.scheduledAt = when;
        touch();
    }

    /** Keeps the article for the record but off the site. */
    public void archive() {
        this.status = ArticleStatus.ARCHIVED;
        this.scheduledAt = null;
        touch();
    }

    /** An author asks the desk to review the draft. */
    public void submitForReview() {
        this.submittedAt = Timestamps.now();
        touch();
    }

    /** Removed from the site and from staff lists; an admin can restore it (as a draft). */
    public void delete() {
        this.status = ArticleStatus.ARCHIVED;
        this.scheduledAt = null;
        this.deletedAt = Timestamps.now();
        touch();
    }

    public void restore() {
        this.status = ArticleStatus.DRAFT;
        this.deletedAt = null;
        touch();
    }

    public void retitle(String newTitle) {
        this.title = newTitle;
        touch();
    }

    public void moveTo(Section newSection) {
        this.section = newSection;
        touch();
    }

    public void changeSlug(String newSlug) {
        this.slug = newSlug;
        touch();
    }

    public void createdBy(Long staffId) {
        this.createdBy = staffId;
    }

    /** Replaces the body; the word count kept beside it follows. */
    public void replaceBody(List<Block> newBlocks) {
        this.blocks = new ArrayList<>(newBlocks);
        this.wordCount = BlockRenderer.wordCount(newBlocks);
        touch();
    }

    public void describe(String subtitle, String excerpt, FeaturedImage featuredImage, boolean commentsOpen) {
        this.subtitle = subtitle;
        this.excerpt = excerpt;
        this.featuredImage = featuredImage;
        this.commentsOpen = commentsOpen;
        touch();
    }

    public void setAuthors(List<Author> newAuthors) {
        this.authors.clear();
        this.authors.addAll(newAuthors);
        touch();
    }

    public void setTags(Set<Tag> newTags) {
        this.tags.clear();
        this.tags.addAll(newTags);
        touch();
    }

    /** Imported content keeps its original dates instead of the moment of import. */
    public void backdate(Instant created, Instant updated) {
        this.createdAt = created;
        this.updatedAt = updated;
    }

    private void touch() {
        this.updatedAt = Timestamps.now();
    }

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED && deletedAt == null;
    }

    /** Opens or closes comments, and sets this article's moderation mode (null: the site's). */
    public void commentSettings(boolean open, String mode) {
        this.commentsOpen = open;
        this.moderationMode = mode;
        touch();
    }

    public String getModerationMode() {
        return moderationMode;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Section getSection() {
        return section;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    public int getWordCount() {
        return wordCount;
    }

    public FeaturedImage getFeaturedImage() {
        return featuredImage;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<Author> getAuthors() {
        return authors;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
