package news.newsroom.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The raw JSON of the 42 sample articles as one text: real Arabic news prose, for checks over every word. */
public final class SampleText {

    private SampleText() {
    }

    public static String ofAllArticles() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String sample : List.of("articles-1.json", "articles-2.json")) {
            try (InputStream in = SampleText.class.getResourceAsStream("/sample-data/" + sample)) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append(' ');
            }
        }
        return text.toString();
    }
}
