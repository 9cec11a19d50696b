package news.newsroom.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerHomeTest {

    @TempDir
    Path projects;

    @Test
    void twoClonesOutsideTheirProjectFoldersNeverShareAServer() throws IOException {
        Path first = ServerHome.outsideProject(projects.resolve("newsroom-trial-one/target/embedded-postgres"));
        Path second = ServerHome.outsideProject(projects.resolve("newsroom-trial-two/target/embedded-postgres"));
        try {
            assertThat(first).isNotEqualTo(second);
            assertThat(first.getFileName().toString()).startsWith("newsroom-embedded-postgres-");
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
        }
    }

    @Test
    void aCleanedProjectStartsAfreshAndAKeptOneKeepsItsData() throws IOException {
        Path home = projects.resolve("clone/target/embedded-postgres");
        Path outside = ServerHome.outsideProject(home);
        Files.writeString(outside.resolve("PG_VERSION"), "16");
        try {
            assertThat(ServerHome.outsideProject(home).resolve("PG_VERSION")).exists();

            Files.delete(home.resolve("location"));   // what ./mvnw clean does to the marker under target/
            Path afterClean = ServerHome.outsideProject(home);

            assertThat(afterClean).isEqualTo(outside);
            assertThat(afterClean.resolve("PG_VERSION")).doesNotExist();
        } finally {
            Files.deleteIfExists(outside.resolve("PG_VERSION"));
            Files.deleteIfExists(outside);
        }
    }
}
