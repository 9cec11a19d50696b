package news.newsroom.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.newsroom.support.KnownNewsroom;
import news.newsroom.support.KnownNewsroom.Desk;
import news.newsroom.support.Newsdesk;
import news.newsroom.support.Problems;
import org.junit.jupiter.api.Test;

/**
 * A challenge takes one answer, right or wrong: otherwise a script tries 2 to 18 on one token until one passes.
 * The used nonce is claimed in PostgreSQL before the answer is judged, so parallel answers get one verdict.
 */
@QuarkusTest
@KnownNewsroom
class ChallengeSingleUseTest {

    static final int ANSWERS = 24;

    @Desk
    Newsdesk desk;

    @Test
    void aWrongAnswerUsesTheChallengeUp() {
        Readers.Challenge challenge = Readers.solvedChallenge();
        Map<String, Object> wrong = Readers.comment("قارئ", "تعليق", challenge);
        wrong.put("challengeAnswer", String.valueOf(challenge.answer() + 1));

        Problems.refused(Readers.post(article(), "10.9.0.1", wrong).then(), 400, "validation-failed")
                .body("errors[0].field", is("challengeAnswer"));
        Problems.refused(Readers.post(article(), "10.9.0.1", Readers.comment("قارئ", "تعليق", challenge)).then(),
                400, "validation-failed")
                .body("errors[0].field", is("challengeToken"));
    }

    @Test
    void answersSentAtOnceGetOneVerdictAndTheRestAreRefusedAsUsed() throws Exception {
        Readers.Challenge challenge = Readers.solvedChallenge();
        List<Response> answers = inParallel(challenge, i -> i % 2 == 0 ? challenge.answer() : challenge.answer() + i);

        long judged = answers.stream().filter(r -> r.statusCode() == 201 || isAbout(r, "challengeAnswer")).count();
        long used = answers.stream().filter(r -> isAbout(r, "challengeToken")).count();
        assertThat(judged).as("answers judged on their merits").isEqualTo(1);
        assertThat(used).as("answers refused as a used challenge").isEqualTo(ANSWERS - 1);
        assertThat(answers).allMatch(r -> r.statusCode() == 201 || r.statusCode() == 400);
    }

    @Test
    void theRightAnswerSentManyTimesAtOncePostsOneComment() throws Exception {
        Readers.Challenge challenge = Readers.solvedChallenge();
        List<Response> answers = inParallel(challenge, i -> challenge.answer());

        assertThat(answers.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(1);
        assertThat(answers.stream().filter(r -> isAbout(r, "challengeToken")).count()).isEqualTo(ANSWERS - 1);
    }

    private List<Response> inParallel(Readers.Challenge challenge, java.util.function.IntUnaryOperator answer)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(ANSWERS);
        ExecutorService pool = Executors.newFixedThreadPool(ANSWERS);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < ANSWERS; i++) {
                Map<String, Object> comment = new HashMap<>(Readers.comment("قارئ " + i, "تعليق رقم " + i, challenge));
                comment.put("challengeAnswer", String.valueOf(answer.applyAsInt(i)));
                String address = "10.9.1." + (i + 1);
                sent.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return Readers.post(article(), address, comment);
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> response : sent) {
                answers.add(response.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isAbout(Response response, String field) {
        return response.statusCode() == 400 && field.equals(response.path("errors[0].field"));
    }

    private long article() {
        return desk.waterCuts().getId();
    }
}
