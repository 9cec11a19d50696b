package news.newsroom.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.EntityTag;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import news.newsroom.NewsroomConfig;
import news.newsroom.content.ContentGeneration;
import news.newsroom.content.ContentInvalidated;
import news.newsroom.support.TestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the response cache keeps through a database outage: the copies it held when the connection to other nodes
 * was lost are served as stale while it stays lost, and dropped as soon as it is back.
 */
class StaleResponsesTest {

    private static final String URI = "http://localhost/api/v1/articles/7";

    private final ContentGeneration generation = new ContentGeneration();
    private ResponseCache cache;

    @BeforeEach
    void cacheWithOneResponse() {
        NewsroomConfig.Http http = (NewsroomConfig.Http) Proxy.newProxyInstance(NewsroomConfig.class.getClassLoader(),
                new Class<?>[] {NewsroomConfig.Http.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "responseCacheBytes" -> 1_000_000L;
                    case "staleIfError" -> Duration.ofHours(1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        cache = new ResponseCache(TestConfig.with(Map.of("http", http)), generation);
        generation.setConnected(true);
        cache.remember(URI, generation.current(), new ResponseCache.Entry("{}".getBytes(), "application/json",
                new EntityTag("t", true), null, "public", "article-7", null, Set.of("article-7")));
    }

    @Test
    void whileTheConnectionIsLostTheCopiesAreServedAsStale() {
        assertThat(cache.findStale(URI)).as("nothing is stale while connected").isEmpty();
        lose();
        assertThat(cache.find(URI)).as("not current any more").isEmpty();
        assertThat(cache.findStale(URI)).as("but still the best answer").isPresent();
    }

    @Test
    void theyGoWhenTheConnectionIsBack() {
        lose();
        generation.setConnected(true);
        cache.drop(ContentInvalidated.EVERYTHING);
        assertThat(cache.findStale(URI)).isEmpty();
        assertThat(cache.find(URI)).isEmpty();
    }

    @Test
    void aChangeHeardMeanwhileDropsItsStaleCopy() {
        lose();
        cache.drop(new ContentInvalidated(Set.of("article-7")));
        assertThat(cache.findStale(URI)).isEmpty();
    }

    @Test
    void cacheControlSaysHowLongCopiesMayBeUsedOnError() {
        assertThat(CacheableResponses.withStaleIfError("public, max-age=60", Duration.ofHours(1)))
                .isEqualTo("public, max-age=60, stale-if-error=3600");
        assertThat(CacheableResponses.withStaleIfError("public, stale-if-error=60", Duration.ofHours(1)))
                .isEqualTo("public, stale-if-error=60");
    }

    /** As ChangeNoticeListener reports a lost connection: not connected, then everything invalidated. */
    private void lose() {
        generation.setConnected(false);
        generation.move();
        cache.drop(ContentInvalidated.EVERYTHING);
    }
}
