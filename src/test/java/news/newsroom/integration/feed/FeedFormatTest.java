package news.newsroom.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedFormatTest {

    @ParameterizedTest(name = "{0} to a client sending «{1}»: {2}")
    @CsvSource(delimiter = '|', value = {
        "RSS       |                                                                 | true",
        "RSS       | */*                                                             | true",
        "RSS       | application/rss+xml                                             | true",
        "RSS       | application/xml                                                 | true",
        "RSS       | text/xml                                                        | true",
        "RSS       | application/rss+xml, application/rdf+xml;q=0.8, application/atom+xml;q=0.6, text/xml;q=0.4 | true",
        "RSS       | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
        "RSS       | application/atom+xml                                            | false",
        "RSS       | application/json                                                | false",
        "RSS       | application/rss+xml;q=0                                         | false",
        "RSS       | ;;;garbage, text/xml                                            | true",
        "ATOM      | application/atom+xml                                            | true",
        "ATOM      | text/xml                                                        | true",
        "ATOM      | application/*                                                   | true",
        "ATOM      | application/rss+xml                                             | false",
        "JSON_FEED | application/feed+json                                           | true",
        "JSON_FEED | application/json                                                | true",
        "JSON_FEED | */*                                                             | true",
        "JSON_FEED | application/xml                                                 | false",
        "JSON_FEED | text/xml                                                        | false",
    })
    void aFeedIsSentToClientsThatTakeItsTypeOrAGenericOne(FeedFormat format, String accept, boolean sent) {
        assertThat(format.acceptableTo(accept)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({
        "RSS, application/rss+xml;charset=UTF-8",
        "ATOM, application/atom+xml;charset=UTF-8",
        "JSON_FEED, application/feed+json;charset=UTF-8",
    })
    void aFeedIsAlwaysSentAsItsOwnTypeInUtf8(FeedFormat format, String mediaType) {
        assertThat(format.mediaType()).isEqualTo(mediaType);
    }
}
