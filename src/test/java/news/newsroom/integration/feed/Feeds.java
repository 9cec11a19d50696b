package news.newsroom.integration.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.restassured.parsing.Parser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import news.newsroom.article.Article;
import news.newsroom.support.Problems;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reading feeds as a feed reader does: over HTTP, parsed by Rome (RSS and Atom) or as JSON (JSON Feed). */
final class Feeds {

    static final String SITE = "https://newsroom.example";
    static final String PUBLISHER = "غرفة الأخبار";
    static final String RSS = "application/rss+xml;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String JSON_FEED = "application/feed+json;charset=UTF-8";

    private Feeds() {
    }

    /** The bytes of the feed at {@code path}, answered 200 as {@code type}. */
    static byte[] read(String path, String type) {
        return given().when().get(path).then().log().ifValidationFails().statusCode(200).header("Content-Type", is(type))
                .extract().asByteArray();
    }

    /** The RSS channel at {@code path} as Rome reads it, modules included. */
    static Channel rss(String path) {
        return (Channel) wire(read(path, RSS));
    }

    static com.rometools.rome.feed.atom.Feed atom(String path) {
        return (com.rometools.rome.feed.atom.Feed) wire(read(path, ATOM));
    }

    /** The JSON Feed at {@code path}, for JSON-path matchers. */
    static ValidatableResponse json(String path) {
        return given().when().get(path).then().statusCode(200).header("Content-Type", is(JSON_FEED))
                .parser(JSON_FEED, Parser.JSON);
    }

    /** The JSON Feed at {@code path}, to read values out of. */
    static JsonPath jsonOf(String path) {
        return JsonPath.from(json(path).extract().asString());
    }

    static WireFeed wire(byte[] xml) {
        try {
            return new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new AssertionError("Rome cannot read the feed", e);
        }
    }

    static SyndFeed synd(byte[] xml) {
        try {
            return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new AssertionError("Rome cannot read the feed", e);
        }
    }

    /** The feed as a namespace-aware XML document, for what Rome's model hides (attributes, dates as written). */
    static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("The feed is not well-formed XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every element named {@code name} in {@code namespace}, in document order. */
    static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The stable id of an article in every feed. */
    static String idOf(Article article) {
        return SITE + "/articles/" + article.getId();
    }

    /** The article's page on the website, its slug percent-encoded. */
    static String pageOf(Article article) {
        return SITE + "/articles/" + article.getId() + "/" + Problems.encode(article.getSlug());
    }
}
