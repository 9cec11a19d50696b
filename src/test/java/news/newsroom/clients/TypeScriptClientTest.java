package news.newsroom.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import news.newsroom.support.KnownNewsroom;
import org.junit.jupiter.api.Test;

/**
 * tools/ts-client/read-newest.ts, compiled by the build with tsc --strict together with the typescript-fetch
 * client generated from openapi.yaml, reads the newest articles from the test service, two per page.
 */
@QuarkusTest
@KnownNewsroom
class TypeScriptClientTest {

    static final Path READ_NEWEST = Path.of("target/ts-client/tools/ts-client/read-newest.js");

    @TestHTTPResource("/")
    URI root;

    @Test
    void theGeneratedTypeScriptClientReadsTheNewestArticlesFollowingTheCursor() {
        NodeScript.Run run = NodeScript.run(READ_NEWEST,
                Map.of("BASE_URL", root.toString(), "ARTICLES", "5", "PAGE_SIZE", "2"), 60);
        System.out.println(run.output());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(Arrays.stream(run.output().strip().split("\n")).map(line -> line.split("\t")[2]))
                .containsExactly(
                        "لجنة الانتخابات تعلن جدول الاقتراع في حمص",
                        "الألواح الشمسية تغيّر وجه الأسطح في حمص",
                        "جدول جديد لتوزيع المياه في أحياء دمشق",
                        "الحكومة تقرّ موازنة العام المقبل",
                        "مهرجان المسرح يفتتح دورته في اللاذقية");
        assertThat(run.output()).contains("2025-11-29T08:19:00.000Z");
    }
}
