package news.newsroom.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import news.newsroom.Timestamps;

/** An integrator's key. Only its SHA-256 is stored; the key itself is shown once, at creation. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Requests allowed per quota window; null for the configured default. */
    @Column(name = "quota")
    private Integer quota;

    protected ApiKey() {
    }

    public ApiKey(String name, String prefix, String keyHash, Long createdBy, Integer quota) {
        this.name = name;
        this.quota = quota;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = Timestamps.now();
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Timestamps.now();
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Integer getQuota() {
        return quota;
    }
}
