package news.newsroom.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An integrator's API key. `key` is present only in the answer to its creation.")
public record ApiKeyView(
        @Schema(required = true, example = "5") long id,
        @Schema(required = true, example = "شريك: موقع الأخبار المحلية") String name,
        @Schema(required = true, description = "The key's first characters, to tell keys apart.", example = "nrk_3fQ9")
        String prefix,
        @Schema(description = "The whole key, shown once. Send it as X-API-Key.", example = "nrk_3fQ9xYbK2mWc8vTn1LpRz4sDh6GjA0eU")
        @JsonInclude(JsonInclude.Include.NON_NULL) String key,
        @Schema(required = true, example = "2025-11-29T08:19:00Z") Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent while the key is active.") Instant revokedAt,
        @Schema(required = true, description = "Requests the key may make per quota window: its own quota or the "
                + "configured default. Keyed requests carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; "
                + "past the quota they get 429 with Retry-After.", example = "1000") int quota) {

    static ApiKeyView of(ApiKey key, String plainKey, int quota) {
        return new ApiKeyView(key.getId(), key.getName(), key.getPrefix(), plainKey, key.getCreatedAt(), key.getRevokedAt(),
                quota);
    }
}
