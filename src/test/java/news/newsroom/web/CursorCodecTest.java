package news.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import news.newsroom.NewsroomConfig;
import news.newsroom.search.RelevancePosition;
import news.newsroom.support.TestConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("CursorCodec: opaque, signed, scoped list cursors")
class CursorCodecTest {

    private static final String SCOPE = "articles:newest";
    private static final List<String> POSITION = List.of("1764404340000000", "42");

    private final CursorCodec codec = new CursorCodec(new ServerSecret(config(Optional.of("secret"))));

    static NewsroomConfig config(Optional<String> secret) {
        return TestConfig.with(Map.of("signingSecret", secret));
    }

    private static void assertRefused(Throwable thrown, String messageKey) {
        assertThat(thrown).isInstanceOf(ApiProblem.class);
        ApiProblem problem = (ApiProblem) thrown;
        assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(problem.fieldIssues()).hasSize(1);
        assertThat(problem.fieldIssues().get(0).field()).isEqualTo("cursor");
        assertThat(problem.fieldIssues().get(0).messageKey()).isEqualTo(messageKey);
    }

    private void assertRefused(String token, int expectedValues, String messageKey) {
        Throwable thrown = catchThrowableOfType(ApiProblem.class, () -> decode(codec, SCOPE, token, expectedValues));
        assertThat(thrown).as("decoding %s", token).isNotNull();
        assertRefused(thrown, messageKey);
    }

    /** The position as the raw values a cursor holds, so that any values can be tried. */
    private static CursorFormat<List<String>> raw(int values) {
        return CursorFormat.of(values, position -> position, read -> read);
    }

    private static String encode(CursorCodec codec, String scope, List<String> position) {
        return codec.encode(scope, raw(position.size()), position);
    }

    private static List<String> decode(CursorCodec codec, String scope, String token, int values) {
        return codec.decode(scope, raw(values), token);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unb64(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    @Nested
    @DisplayName("round trip")
    class RoundTrip {

        @Test
        void decodesWhatItEncoded() {
            String token = encode(codec, SCOPE, POSITION);

            assertThat(decode(codec, SCOPE, token, 2)).containsExactly("1764404340000000", "42");
        }

        static Stream<Arguments> positions() {
            return Stream.of(
                    Arguments.of(List.of("20")),
                    Arguments.of(List.of("")),
                    Arguments.of(List.of("", "")),
                    Arguments.of(List.of("دمشق", "حلب", "3")),
                    Arguments.of(List.of("a.b", "c=d", "e/f+g")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void positions(List<String> position) {
            String token = encode(codec, "tags", position);

            assertThat(decode(codec, "tags", token, position.size())).isEqualTo(position);
        }

        @Test
        void theTokenIsOpaqueAndUrlSafe() {
            String token = encode(codec, SCOPE, POSITION);

            assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")
                    .doesNotContain("articles").doesNotContain("42|");
        }

        @Test
        void theSameSecretDecodesAcrossInstances() {
            String token = encode(codec, SCOPE, POSITION);
            CursorCodec otherNode = new CursorCodec(new ServerSecret(config(Optional.of("secret"))));

            assertThat(decode(otherNode, SCOPE, token, 2)).isEqualTo(POSITION);
        }

        @Test
        void withoutASecretARandomKeyStillRoundTripsOnTheSameInstance() {
            CursorCodec unsigned = new CursorCodec(new ServerSecret(config(Optional.empty())));
            String token = encode(unsigned, SCOPE, POSITION);

            assertThat(decode(unsigned, SCOPE, token, 2)).isEqualTo(POSITION);
            assertRefused(catchThrowableOfType(ApiProblem.class, () -> decode(codec, SCOPE, token, 2)), "param.cursor");
        }

        @Test
        void aBlankSecretIsNotUsedAsTheKey() {
            CursorCodec blank = new CursorCodec(new ServerSecret(config(Optional.of("   "))));
            CursorCodec alsoBlank = new CursorCodec(new ServerSecret(config(Optional.of("   "))));
            String token = encode(blank, SCOPE, POSITION);

            assertRefused(catchThrowableOfType(ApiProblem.class, () -> decode(alsoBlank, SCOPE, token, 2)),
                    "param.cursor");
        }
    }

    @Nested
    @DisplayName("typed positions")
    class TypedPositions {

        @Test
        void aTimePositionRoundTripsToTheMicrosecond() {
            TimePosition position = new TimePosition(Instant.parse("2025-11-29T08:19:00.123456Z"), 42);

            String token = codec.encode(SCOPE, TimePosition.FORMAT, position);

            assertThat(codec.decode(SCOPE, TimePosition.FORMAT, token)).isEqualTo(position);
            assertThat(decode(codec, SCOPE, token, 2)).containsExactly("1764404340123456", "42");
        }

        @Test
        void aPositionOfAnotherFormatIsRefused() {
            String token = codec.encode(SCOPE, TimePosition.FORMAT, new TimePosition(Instant.EPOCH, 1));

            assertRefused(catchThrowableOfType(ApiProblem.class,
                    () -> codec.decode(SCOPE, RelevancePosition.FORMAT, token)), "param.cursor");
        }
    }

    @Nested
    @DisplayName("refused tokens")
    class Refused {

        @Test
        void aTokenFromAnotherListIsRefusedAsTheWrongSort() {
            String token = encode(codec, "articles:oldest", POSITION);

            assertRefused(token, 2, "param.cursor-sort");
        }

        @Test
        void aTamperedPayloadIsRefused() {
            String token = encode(codec, SCOPE, POSITION);
            int dot = token.indexOf('.');
            String payload = new String(unb64(token.substring(0, dot)), StandardCharsets.UTF_8);
            String edited = payload.replace("|42", "|43");
            assertThat(edited).isNotEqualTo(payload);

            String tampered = b64(edited.getBytes(StandardCharsets.UTF_8)) + token.substring(dot);

            assertRefused(tampered, 2, "param.cursor");
        }

        @Test
        void aTamperedPayloadCharacterIsRefused() {
            String token = encode(codec, SCOPE, POSITION);
            char first = token.charAt(0);
            String tampered = (first == 'A' ? 'B' : 'A') + token.substring(1);

            assertRefused(tampered, 2, "param.cursor");
        }

        @Test
        void aTamperedSignatureIsRefused() {
            String token = encode(codec, SCOPE, POSITION);
            int dot = token.indexOf('.');
            byte[] signature = unb64(token.substring(dot + 1));
            signature[0] ^= 1;

            String tampered = token.substring(0, dot + 1) + b64(signature);

            assertRefused(tampered, 2, "param.cursor");
        }

        @Test
        void aTruncatedSignatureIsRefused() {
            String token = encode(codec, SCOPE, POSITION);

            assertRefused(token.substring(0, token.length() - 4), 2, "param.cursor");
        }

        @Test
        void aMissingSignatureIsRefused() {
            String token = encode(codec, SCOPE, POSITION);

            assertRefused(token.substring(0, token.indexOf('.') + 1), 2, "param.cursor");
        }

        @Test
        void aTokenSignedWithAnotherSecretIsRefused() {
            String forged = encode(new CursorCodec(new ServerSecret(config(Optional.of("another secret")))), SCOPE, POSITION);

            assertRefused(forged, 2, "param.cursor");
        }

        @Test
        void anUnsignedPayloadIsRefused() {
            String forged = b64((SCOPE + "|1|1").getBytes(StandardCharsets.UTF_8)) + "." + b64(new byte[16]);

            assertRefused(forged, 2, "param.cursor");
        }

        static Stream<String> garbage() {
            return Stream.of("abc", "", ".", "a.", ".b", "a.b", "a.b.c", "%%%", "%%%.%%%", "....", "x".repeat(600),
                    "x".repeat(300) + "." + "y".repeat(300));
        }

        @ParameterizedTest(name = "«{0}»")
        @MethodSource
        void garbage(String token) {
            assertRefused(token, 2, "param.cursor");
        }

        @Test
        void anOverlongTokenIsRefusedEvenIfOtherwiseWellFormed() {
            String token = encode(codec, SCOPE, List.of("x".repeat(600)));

            assertRefused(catchThrowableOfType(ApiProblem.class, () -> decode(codec, SCOPE, token, 1)), "param.cursor");
        }

        @Test
        void tooFewValuesAreRefused() {
            String token = encode(codec, SCOPE, List.of("1"));

            assertRefused(token, 2, "param.cursor");
        }

        @Test
        void tooManyValuesAreRefused() {
            String token = encode(codec, SCOPE, List.of("1", "2", "3"));

            assertRefused(token, 2, "param.cursor");
        }

        @Test
        void aSignedTokenWhoseValuesAreNoPositionOfTheFormatIsRefused() {
            String token = encode(codec, SCOPE, List.of("yesterday", "42"));

            assertRefused(catchThrowableOfType(ApiProblem.class,
                    () -> codec.decode(SCOPE, TimePosition.FORMAT, token)), "param.cursor");
        }

        @Test
        void theProblemIsABadRequestAboutTheCursorParameter() {
            assertThatThrownBy(() -> decode(codec, SCOPE, "abc", 2))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.detailKey()).isEqualTo("invalid-parameter.detail");
                        assertThat(problem.args()).containsExactly("cursor");
                    });
        }
    }
}
