package news.newsroom.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseCacheFilterTest {

    @ParameterizedTest(name = "Accept «{0}» takes {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "                                                         | application/json;charset=UTF-8 | true",
        "application/json                                         | application/json;charset=UTF-8 | true",
        "*/*                                                      | application/rss+xml;charset=UTF-8 | true",
        "application/*                                            | application/atom+xml;charset=UTF-8 | true",
        "application/rss+xml, application/xml;q=0.9, */*;q=0.8    | application/rss+xml;charset=UTF-8 | true",
        "text/html                                                | application/json;charset=UTF-8 | false",
        "application/xml                                          | application/rss+xml;charset=UTF-8 | true",
        "text/xml                                                 | application/atom+xml;charset=UTF-8 | true",
        "text/xml                                                 | application/xml;charset=UTF-8 | true",
        "application/json                                         | application/feed+json;charset=UTF-8 | true",
        "application/json                                         | application/ld+json;charset=UTF-8 | true",
        "application/json                                         | application/rss+xml;charset=UTF-8 | false",
        "application/xml                                          | application/feed+json;charset=UTF-8 | false",
        "text/xml;q=0                                             | application/rss+xml;charset=UTF-8 | false",
        "application/json;q=0, text/html                          | application/json;charset=UTF-8 | false",
        "application/json;q=0.0                                   | application/json;charset=UTF-8 | false",
        ";;;garbage, application/json                             | application/json;charset=UTF-8 | true",
        ";;;garbage                                               | application/json;charset=UTF-8 | false",
    })
    void aCachedResponseIsSentOnlyToAClientThatTakesItsType(String accept, String mediaType, boolean taken) {
        assertThat(ResponseCacheFilter.accepts(accept, mediaType)).isEqualTo(taken);
    }
}
