package news.newsroom.integration.webhook;

import java.time.Duration;

/**
 * What one attempt to deliver a webhook came to.
 *
 * @param status the response status, 0 when no response came
 * @param latency from the start of the attempt to its end (the body read, or the failure)
 * @param error why the attempt failed when no usable response came ("connection refused", "timed out after
 *              10 s", "redirect not followed"); {@code null} when a response was read in full or up to the
 *              excerpt's size
 * @param bodyExcerpt the start of the response body as text, at most {@link BodyExcerpt#LIMIT} bytes of UTF-8;
 *                    empty when there was none
 */
public record SendResult(int status, Duration latency, String error, String bodyExcerpt) {

    /** The receiver answered 2xx in time. */
    public boolean succeeded() {
        return error == null && status >= 200 && status < 300;
    }
}
