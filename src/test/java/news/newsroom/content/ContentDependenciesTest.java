package news.newsroom.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cache depends on content, never the other way round: services, search and suggestions announce changes
 * ({@link ContentChanged}) and read {@link ContentGeneration}, so none of them can forget to evict, or evict by
 * hand. Resources may use the cache's response builders (CacheableResponses, PrivateResponses).
 */
class ContentDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path CACHE = MAIN.resolve("news/newsroom/cache");

    @Test
    void onlyTheCacheAndResourcesUseTheCachePackage() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(CACHE))
                    .filter(file -> !file.getFileName().toString().endsWith("Resource.java"))
                    .filter(ContentDependenciesTest::mentionsCachePackage)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("main classes outside cache/ (other than resources) that use news.newsroom.cache")
                .isEmpty();
    }

    @Test
    void theCheckSeesTheCachesOwnUsers() {
        // Guards the check itself: a wrong path would find no files and pass whatever the code does.
        assertThat(mentionsCachePackage(MAIN.resolve("news/newsroom/article/ArticleResource.java"))).isTrue();
    }

    private static boolean mentionsCachePackage(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("news.newsroom.cache.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
