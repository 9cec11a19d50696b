package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import news.newsroom.support.OpenApiValidation;
import news.newsroom.web.FuzzValues.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generative fuzzing from {@code openapi.yaml}: for every operation of the document, {@code newsroom.fuzz.cases}
 * requests (default 30) with valid and hostile values in every parameter and body field, anonymously, as each
 * role, with an API key and with forged credentials. Every answer must be one the document describes (status,
 * content type, body schema, checked by the validator of {@link OpenApiValidation}) and none may be a 5xx.
 *
 * <p>Seeded: {@code -Dnewsroom.fuzz.seed=N} (default 22) reproduces a run; each operation draws from its own
 * generator, so one operation's cases are the same whichever operations run before it. A failure names the seed,
 * the case and a curl command line.
 */
@QuarkusTest
class DocumentFuzzTest {

    static final long SEED = Long.getLong("newsroom.fuzz.seed", 22L);
    static final int CASES = Integer.getInteger("newsroom.fuzz.cases", 30);

    /** What one request got, and what is wrong with it (empty when it was answered as documented). */
    record Outcome(FuzzRequest request, int status, String contentType, String body, List<String> problems) {

        boolean serverError() {
            return status >= 500;
        }
    }

    private static final OpenAPI DOCUMENT = parse();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiInteractionValidator validator = OpenApiValidation.validator();
    private final FuzzFixtures fixtures = new FuzzFixtures();
    private boolean changed = true;

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileRequestsAsDocumented() {
        List<DynamicTest> tests = new ArrayList<>();
        new TreeMap<>(DOCUMENT.getPaths()).forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
                tests.add(DynamicTest.dynamicTest(op.getOperationId() + " (" + method + " " + template + ")",
                        () -> fuzz(template, method, op)))));
        assertThat(tests).as("operations read from openapi.yaml").hasSizeGreaterThan(50);
        return tests.stream();
    }

    private void fuzz(String template, PathItem.HttpMethod method, Operation operation) {
        long start = System.nanoTime();
        if (changed) {
            fixtures.rebuild();
        }
        long built = System.nanoTime();
        // Rebuilding takes seconds on a busy machine, so only after an operation that can remove what later
        // operations name: a row, a member's roles or the API key. Other writes only add to the fixtures.
        changed = method == PathItem.HttpMethod.DELETE || template.startsWith("/api/v1/staff")
                || template.startsWith("/api/v1/api-keys");
        FuzzValues values = new FuzzValues(new Random(SEED ^ operation.getOperationId().hashCode()));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            FuzzRequest request = FuzzRequest.generate(method.name(), template, operation, values, fixtures);
            Outcome outcome = send(request);
            statuses.merge(outcome.status(), 1, Integer::sum);
            if (outcome.problems().isEmpty()) {
                continue;
            }
            failures.add(describe(i, outcome));
        }
        System.out.printf("fuzz %s: %d cases in %d ms (fixtures %d ms), statuses %s%n", operation.getOperationId(),
                CASES, (System.nanoTime() - built) / 1_000_000, (built - start) / 1_000_000, statuses);
        assertThat(failures).as("seed %d (-Dnewsroom.fuzz.seed=%d), %d cases of %s: answers openapi.yaml does not"
                + " describe", SEED, SEED, CASES, operation.getOperationId()).isEmpty();
    }

    private Outcome send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + request.uri()))
                .timeout(Duration.ofSeconds(10))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        try {
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException unsendable) {
            // The HTTP client refuses the header value (NUL, line breaks), so no server can receive it either.
            return new Outcome(request, 0, null, null, List.of());
        }
        try {
            long sent = System.nanoTime();
            HttpResponse<InputStream> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (System.nanoTime() - sent > 2_000_000_000L) {
                System.out.printf("fuzz: slow answer (%d ms) to %s%n", (System.nanoTime() - sent) / 1_000_000,
                        request.asCurl());
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String body;
            try (InputStream stream = response.body()) {
                boolean streaming = contentType != null && contentType.startsWith("text/event-stream");
                // An open stream never ends: its first bytes stand for the body, which the schema says is text.
                body = streaming ? ": open\n" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (response.statusCode() >= 500) {
                problems.add("server error " + response.statusCode());
            }
            SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
            response.headers().map().forEach((name, headerValues) -> answer.withHeader(name, headerValues));
            if (body != null && !body.isEmpty()) {
                answer.withBody(body);
            }
            ValidationReport report = validator.validateResponse(path(request),
                    Request.Method.valueOf(request.method()), answer.build());
            report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> problems.add(message.getKey() + ": " + message.getMessage()));
            return new Outcome(request, response.statusCode(), contentType, body, problems);
        } catch (IOException e) {
            return new Outcome(request, 0, null, null, List.of("no answer: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operation's path with a plain value in each parameter, so the validator finds the operation. */
    private static String path(FuzzRequest request) {
        return request.template().replaceAll("\\{[^}]+}", "1");
    }

    private static String describe(int index, Outcome outcome) {
        FuzzRequest request = outcome.request();
        String body = outcome.body() == null ? "" : outcome.body();
        return String.format("case %d as %s, %s in '%s': %d %s %s%n    %s%n    answer: %s", index, request.identity(),
                request.kind(), request.target(), outcome.status(), outcome.contentType(), outcome.problems(),
                request.asCurl(), body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().read(OpenApiValidation.SPEC.toString(), null, options);
    }
}
