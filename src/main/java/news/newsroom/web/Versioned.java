package news.newsroom.web;

import java.time.Instant;

/** A response body with the moment its newest part last changed (for Last-Modified); null when unknown. */
public record Versioned<T>(T body, Instant lastModified) {
}
