package news.newsroom.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.newsroom.staff.StaffRole;
import news.newsroom.staff.StaffUser;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Member;
import news.newsroom.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI in a real browser (headless Chromium from Debian's {@code chromium} package, driven by
 * playwright-core through tools/swagger-ui-check/check.mjs): every tag and operation listed, Authorize with a
 * staff token, "Try it out" on a read and a write. The screenshot is left at target/swagger-ui.png.
 */
@QuarkusTest
@KnownNewsroom
class SwaggerUiTest {

    static final Path CHECK = Path.of("tools/swagger-ui-check/check.mjs");
    static final Path SCREENSHOT = Path.of("target/swagger-ui.png");

    @TestHTTPResource("/")
    URI root;

    @Inject
    TestStaff staff;

    @Member(StaffRole.EDITOR)
    StaffUser editor;
    String editorToken;

    @BeforeEach
    void noScreenshotYet() throws Exception {
        editorToken = staff.tokenFor(editor);
        Files.deleteIfExists(SCREENSHOT);
    }

    @Test
    void swaggerUiListsEveryOperationAuthorizesAndTriesAReadAndAWrite() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        NodeScript.require(Path.of(chromium), "no Chromium: install Debian's package (apt-get install chromium), "
                + "or set CHROMIUM to its path; bash .ci/run installs it");

        NodeScript.Run run = NodeScript.run(CHECK, Map.of("BASE", root.toString(), "TOKEN", editorToken,
                "SHOT", SCREENSHOT.toString(), "CHROMIUM", chromium), 180);
        System.out.println(run.output());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .containsPattern("tags: (\\d+) of \\1 ")
                .contains("GET /api/v1/articles -> 200 | Arabic in body: true")
                .contains("POST /api/v1/sections -> 201")
                .contains("منوعات");
        assertThat(SCREENSHOT).exists();
    }
}
