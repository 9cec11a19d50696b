package news.newsroom.article;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The ETag of an article: a strong tag over everything its representation shows (its own version and the
 * change times of its section, bylines and tags). The same tag guards edits: {@code If-Match} must carry it.
 */
public final class ArticleTag {

    /** Bump when the rendering of stored content changes, so cached copies are refreshed. */
    private static final String RENDERING = "r1";

    private ArticleTag() {
    }

    public static EntityTag of(Article article) {
        StringBuilder state = new StringBuilder(RENDERING).append('|').append(article.getId()).append('|')
                .append(article.getVersion()).append('|').append(article.getUpdatedAt()).append('|')
                .append(article.getStatus()).append('|').append(article.getCommentCount()).append('|')
                .append(article.getSection().getUpdatedAt()).append('|').append(article.getSection().getName());
        article.getAuthors().forEach(author -> state.append('|').append(author.getId()).append(author.getUpdatedAt()));
        article.getTags().stream().sorted(java.util.Comparator.comparing(tag -> tag.getId()))
                .forEach(tag -> state.append('|').append(tag.getId()).append(tag.getUpdatedAt()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag(article.getId() + "-" + article.getVersion() + "-"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** RFC 9110 If-Match: "*" or a list of strong tags, one of which must be the current one. */
    public static boolean matches(String ifMatch, EntityTag current) {
        String header = ifMatch.strip();
        if (header.equals("*")) {
            return true;
        }
        String wanted = "\"" + current.getValue() + "\"";
        for (String candidate : header.split(",")) {
            if (candidate.strip().equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
