package news.newsroom.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every response a test receives against the committed {@code openapi.yaml}: a body, status or header
 * that the document does not describe fails the test, so the document cannot drift from the behaviour.
 * Requests are not checked, since tests send malformed requests on purpose.
 *
 * <p>A test class asks for it with {@code @ExtendWith(OpenApiValidation.class)}, or with {@link KnownNewsroom},
 * which includes it.
 */
public final class OpenApiValidation implements BeforeAllCallback {

    public static final Path SPEC = Path.of("openapi.yaml");

    private static OpenApiValidationFilter filter;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    /** Installs the check for all RestAssured calls of the calling test class. */
    public static synchronized void install() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator());
        }
        RestAssured.replaceFiltersWith(filter);
    }

    /** The check itself, for a test that sends requests without RestAssured (the document fuzzer). */
    public static OpenApiInteractionValidator validator() {
        if (!Files.exists(SPEC)) {
            throw new IllegalStateException("openapi.yaml is missing at the project root");
        }
        return OpenApiInteractionValidator
                .createForSpecificationUrl(SPEC.toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }
}
