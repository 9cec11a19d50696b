package news.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import news.newsroom.text.SampleText;
import news.newsroom.text.Words;

@DisplayName("Highlighter: snippets with <mark>, everything else escaped")
class HighlighterTest {

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    private static String snippet(String q, String... texts) {
        return new Highlighter(SearchQuery.parse(q).value().orElseThrow().lexemes()).snippet(Arrays.asList(texts));
    }

    private static List<String> marked(String snippet) {
        Matcher m = MARKED.matcher(snippet);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void marksTheWordsAsWrittenWithTheirTashkeelAndLetterForms() {
        String text = "قالت وزارةُ الاقتصاد إنّ أسعارَ النِّفط المستورد ارتفعت.";

        assertThat(snippet("اسعار النفط", text))
                .isEqualTo("قالت وزارةُ الاقتصاد إنّ <mark>أسعارَ</mark> <mark>النِّفط</mark> المستورد ارتفعت.");
    }

    @Test
    void marksEveryFormOfTheWordFamily() {
        String text = "اجتمع المعلمون والمعلمات بمعلمة المدرسة.";

        assertThat(marked(snippet("معلم", text))).containsExactly("المعلمون", "والمعلمات", "بمعلمة");
    }

    @Test
    void escapesMarkupInTheTextAroundAndBetweenMatches() {
        String text = "<script>alert(1)</script> سعر & \"النفط\" 'اليوم' <b>حمص</b>";

        String snippet = snippet("النفط حمص", text);

        // jsoup writes ' as &apos;, the fallback as &#39;: both are safe in text and in attributes.
        assertThat(snippet.replace("&apos;", "&#39;"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; سعر &amp; &quot;<mark>النفط</mark>&quot; "
                        + "&#39;اليوم&#39; &lt;b&gt;<mark>حمص</mark>&lt;/b&gt;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">", "\"", "'");
    }

    @Test
    void aTagNameInTheTextIsJustAWordAndStaysEscaped() {
        String snippet = snippet("script", "a <script>x</script> b");

        assertThat(snippet).isEqualTo("a &lt;<mark>script</mark>&gt;x&lt;/<mark>script</mark>&gt; b");
    }

    @Test
    void cutsALongTextAroundTheMatchWithEllipses() {
        String before = "كلمة ".repeat(40);
        String after = " نص".repeat(40);
        String snippet = snippet("حمص", before + "في حمص اليوم" + after);

        assertThat(snippet).startsWith("…").endsWith("…").contains("في <mark>حمص</mark> اليوم");
        assertThat(snippet.split(" ")).hasSizeLessThanOrEqualTo(Highlighter.WINDOW_WORDS + 2);
        // A few words of context before the match.
        assertThat(snippet).startsWith("…كلمة كلمة كلمة كلمة في <mark>");
    }

    @Test
    void choosesTheWindowWithTheMostDifferentMatchedWords() {
        String text = "حمص " + "كلمة ".repeat(40) + "أسعار النفط في حمص " + "نص ".repeat(40);

        assertThat(marked(snippet("حمص OR النفط OR أسعار", text))).containsExactly("أسعار", "النفط", "حمص");
    }

    @Test
    void triesTheTextsInOrderAndSkipsThoseWithoutAMatch() {
        assertThat(snippet("حمص", "ملخص بلا مطابقة", null, "  ", "نص عن حمص", "عنوان حمص"))
                .isEqualTo("نص عن <mark>حمص</mark>");
    }

    @Test
    void nothingMatchingGivesNull() {
        assertThat(snippet("حمص", "دمشق", "اللاذقية")).isNull();
    }

    @Test
    void excludedWordsAreNotMarked() {
        assertThat(marked(snippet("دمشق -حمص", "من حمص إلى دمشق"))).containsExactly("دمشق");
    }

    @Test
    void stopWordsInsideAPhraseAreNotMarkedEverywhere() {
        assertThat(marked(snippet("\"الحرب في غزة\"", "في الصباح: الحرب في غزة"))).containsExactly("الحرب", "غزة");
    }

    @Test
    void oneWantedWordIsShownWhereItFirstAppearsInALongBody() {
        String filler = " كلام".repeat(60);
        String snippet = snippet("حمص", "بداية" + filler + " وصلنا إلى حمص صباحا" + filler + " غادرنا حمص مساء" + filler);

        assertThat(snippet).contains("إلى <mark>حمص</mark> صباحا").doesNotContain("مساء");
    }

    @Test
    void severalWantedWordsAreShownWhereMostOfThemMeet() {
        String filler = " كلام".repeat(60);
        String snippet = snippet("حمص النفط", "ذكرنا حمص" + filler + " أسعار النفط في حمص ارتفعت" + filler);

        assertThat(marked(snippet)).containsExactly("النفط", "حمص");
    }

    /**
     * {@link Highlighter#mayMatch} rules a text out when none of the wanted stems or exact forms is in it, folded
     * whole; that is only right if every folded word of a text is a part of the text folded whole. Checked over
     * every word of the 42 sample articles, and over what a word may carry that folding drops.
     */
    @Test
    void everyFoldedWordIsAPartOfItsTextFoldedWhole() throws java.io.IOException {
        List<String> texts = List.of(SampleText.ofAllArticles(),
                "مدر\u200Cسة المعلّمين", // a zero-width non-joiner pasted inside a word
                "الكهر\u00ADباء", // a soft hyphen
                "إسْتِثْمَار والأسعارُ ٢٠٢٦", // tashkeel, hamza forms, Arabic-Indic digits
                "Solar ENERGY in Ḥimṣ, İstanbul, ΣΟΦΙΑ", // capitals, Latin and other
                "ا\u0654لف");
        for (String text : texts) {
            String whole = Words.foldWhole(text);
            for (String word : Words.folded(text)) {
                assertThat(whole).as("the folded word %s in the text folded whole", word).contains(word);
            }
        }
    }

    /**
     * Looking for folded parts without building the folded text answers as {@code foldWhole(text).contains}: for
     * every char there is between two letters (dropped, folded, kept, or İ, which folds to two), and for the
     * sample words and words that are nowhere, on every line of the sample articles.
     */
    @Test
    void holdingAFoldedPartAnswersAsFoldingTheWholeText() throws java.io.IOException {
        for (int c = 0; c < 0x10000; c++) {
            String text = "ب" + (char) c + "ت";
            String whole = Words.foldWhole(text);
            List<String> parts = new java.util.ArrayList<>(List.of("بت", "ب", "تت", whole));
            for (int i = 0; i < whole.length(); i++) {
                parts.add(whole.substring(i, i + 1));
                parts.add(whole.substring(i));
            }
            for (String part : parts) {
                assertThat(Words.foldedWholeHoldsAny(text, List.of(part)))
                        .as("U+%04X: does «%s» hold «%s»", c, text, part).isEqualTo(whole.contains(part));
            }
        }
        String samples = SampleText.ofAllArticles();
        List<String> words = new java.util.ArrayList<>(Words.folded(samples).stream().distinct().limit(400).toList());
        words.addAll(List.of("زززز", "قاطرات", "xyz", "٢٠٢٦", "2026"));
        for (String line : samples.lines().toList()) {
            String whole = Words.foldWhole(line);
            for (String word : words) {
                assertThat(Words.foldedWholeHoldsAny(line, List.of(word))).as("«%s» in «%s»", word, line)
                        .isEqualTo(whole.contains(word));
            }
        }
    }

    @Test
    void aTextWithoutAnyWantedStemCannotMatchAndOneWithItMay() {
        Highlighter highlighter = new Highlighter(SearchQuery.parse("مدرسة").value().orElseThrow().lexemes());

        assertThat(highlighter.mayMatch("<p>وصلنا إلى <b>حمص</b> صباحا</p>")).isFalse();
        assertThat(highlighter.mayMatch("<p>في مدرَستِنا</p>")).isTrue();
        assertThat(highlighter.mayMatch("{\"type\":\"paragraph\",\"html\":\"زرنا المدرسة\"}")).isTrue();
        assertThat(highlighter.mayMatch(null)).isFalse();
    }

    /**
     * Before folding a text, {@link Highlighter#mayMatch} looks for one letter of each wanted form that only that
     * letter folds to: that check must never rule out a text whose words match. Every word of the sample articles
     * (four letters or more) is searched for, against every line of the samples, written plainly and with
     * tashkeel, tatweel and hamza forms that folding takes away.
     */
    @Test
    void theLetterCheckNeverRulesOutATextThatMatches() throws java.io.IOException {
        String samples = SampleText.ofAllArticles();
        List<String> lines = new java.util.ArrayList<>(List.of(samples.split("[.\\n،]")));
        lines.add("الكَهْرَبَــاءُ في مُسْتَشْفَى إدلِب");
        lines.add("ا\u0654لف مؤسسة المدرسة");
        java.util.Set<String> queries = new java.util.TreeSet<>();
        for (Words.Word word : Words.of(samples)) {
            if (word.folded().length() >= 4 && word.folded().chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
                queries.add(word.folded());
            }
        }
        assertThat(queries).hasSizeGreaterThan(2_000);
        int kept = 0;
        int nth = 0;
        for (String q : queries) {
            if (nth++ % 4 != 0) {
                continue; // a quarter of the words keeps the test quick and still covers every letter
            }
            Highlighter highlighter = new Highlighter(SearchQuery.parse(q).value().orElseThrow().lexemes());
            for (String line : lines) {
                // Word by word, as the snippet decides, without the check under test.
                boolean matches = Words.of(line).stream().anyMatch(word -> highlighter.matches(word.folded()));
                if (matches) {
                    assertThat(highlighter.mayMatch(line)).as("«%s» in «%s»", q, line).isTrue();
                    kept++;
                }
            }
        }
        assertThat(kept).isGreaterThan(500);
    }

    /**
     * For one wanted word the words are read from a few before the first place a wanted form is found, folded,
     * not from the start: the snippet must be the one a reading from the start gives. Checked for an eighth of
     * the sample words against every line of the samples and against long texts of many lines, written plainly
     * and with tashkeel and tatweel (which change places in the text but not in its folded form).
     */
    @Test
    void readingFromJustBeforeTheFirstMatchGivesTheSnippetOfAReadingFromTheStart() throws java.io.IOException {
        String samples = SampleText.ofAllArticles();
        List<String> lines = samples.lines().filter(line -> !line.isBlank()).toList();
        List<String> texts = new java.util.ArrayList<>(lines);
        for (int i = 0; i + 12 <= lines.size(); i += 12) {
            texts.add(String.join("\n", lines.subList(i, i + 12)));
        }
        texts.add("الكَهْرَبَــاءُ " + "كلام ".repeat(40) + "في مُسْتَشْفَى إدلِب والكهرباء");
        texts.add("كلام".repeat(30) + " " + "حرف ".repeat(3) + "المدرسة");
        // Runs that are no words (tatweel alone, too long) just before the match: the lead is found further back.
        texts.add("كلام ".repeat(10) + "ـــ ".repeat(8) + "المدرسة");
        texts.add("كلام ".repeat(10) + ("ب".repeat(60) + " ").repeat(4) + "حرف حرف المدرسة");
        java.util.Set<String> queries = new java.util.TreeSet<>();
        for (Words.Word word : Words.of(samples)) {
            if (word.folded().length() >= 3 && word.folded().chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
                queries.add(word.folded());
            }
        }
        queries.add("مدرسة");
        int compared = 0;
        int nth = 0;
        for (String q : queries) {
            if (nth++ % 8 != 0 && !q.equals("مدرسة")) {
                continue;
            }
            Highlighter highlighter = new Highlighter(SearchQuery.parse(q).value().orElseThrow().lexemes());
            for (String text : texts) {
                String fromTheStart = highlighter.mayMatch(text) ? highlighter.snippetFrom(text, 0) : null;
                assertThat(highlighter.snippet(List.of(text))).as("«%s» in «%s»", q, text).isEqualTo(fromTheStart);
                if (fromTheStart != null && fromTheStart.startsWith(Highlighter.ELLIPSIS)) {
                    compared++;
                }
            }
        }
        assertThat(compared).as("snippets cut from inside a text").isGreaterThan(2_000);
    }

    @Test
    void aTextRuledOutIsSkippedForTheNextOne() {
        String snippet = snippet("مدرسة", "لا شيء هنا", "أما المدرسة فبعيدة");

        assertThat(snippet).isEqualTo("أما <mark>المدرسة</mark> فبعيدة");
    }
}
