package news.newsroom.integration.webhook;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * One POST to a receiver, from connecting to the end of the body excerpt, bounded by a deadline. Everything runs
 * on one Vert.x context, so the deadline, the connection's callbacks and the result never race; whichever ends
 * the attempt first (the body's end, a full excerpt, a failure, the deadline, the subscriber leaving) wins and
 * resets the request when its body is not read to the end.
 */
final class SendAttempt {

    private final Vertx vertx;
    private final Context context;
    private final Duration timeout;
    private final Consumer<SendResult> outcome;
    private final BodyExcerpt excerpt = new BodyExcerpt();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final long started = System.nanoTime();
    private HttpClientRequest request;
    private int status;
    private long deadline = -1;

    SendAttempt(Vertx vertx, Duration timeout, Consumer<SendResult> outcome) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.timeout = timeout;
        this.outcome = outcome;
    }

    void start(HttpClient client, RequestOptions options, Map<String, String> headers, byte[] body) {
        context.runOnContext(begin -> {
            deadline = vertx.setTimer(timeout.toMillis(), passed -> end(timedOut(), true));
            client.request(options).onComplete(opened -> {
                if (opened.failed()) {
                    end(describe(opened.cause()), false);
                    return;
                }
                request = opened.result();
                if (ended.get()) {
                    request.reset();
                    return;
                }
                // Also receives the reset this attempt makes when it stops early; by then the attempt has ended.
                request.exceptionHandler(failure -> end(describe(failure), true));
                headers.forEach(request::putHeader);
                request.send(Buffer.buffer(body)).onComplete(answered -> {
                    if (answered.failed()) {
                        end(describe(answered.cause()), true);
                    } else {
                        read(answered.result());
                    }
                });
            });
        });
    }

    /** The subscriber went away: stop without a result. */
    void cancel() {
        context.runOnContext(cancelled -> {
            if (ended.compareAndSet(false, true)) {
                stop(true);
            }
        });
    }

    private void read(HttpClientResponse response) {
        status = response.statusCode();
        response.exceptionHandler(failure -> end(describe(failure), true));
        if (status >= 300 && status < 400) {
            end("redirect not followed", true);
            return;
        }
        response.handler(chunk -> {
            if (excerpt.add(chunk.getBytes())) {
                end(null, true);
            }
        });
        response.endHandler(done -> end(null, false));
    }

    private void end(String error, boolean abort) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        stop(abort);
        outcome.accept(new SendResult(status, Duration.ofNanos(System.nanoTime() - started), error, excerpt.text()));
    }

    /** Cancels the deadline; resets the request when its response is not read to the end, closing the connection. */
    private void stop(boolean abort) {
        vertx.cancelTimer(deadline);
        if (abort && request != null) {
            request.reset();
        }
    }

    private String timedOut() {
        long millis = timeout.toMillis();
        return "timed out after " + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms");
    }

    /** A failure in words for the delivery log; the receiver's address is in the subscription already. */
    private String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof io.netty.channel.ConnectTimeoutException || cause instanceof TimeoutException) {
                return timedOut();
            }
            if (cause instanceof ConnectException) {
                return message.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused"
                        : "could not connect: " + message;
            }
            if (cause instanceof SSLException) {
                return "TLS handshake failed: " + deepestMessage(cause);
            }
            if (cause instanceof HttpClosedException) {
                return "connection closed before the response ended";
            }
        }
        return "request failed: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage());
    }

    /** The reason at the bottom of a chain ("No subject alternative DNS name matching ... found"). */
    private static String deepestMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            message = cause.getMessage() == null ? message : cause.getMessage();
        }
        return message;
    }
}
