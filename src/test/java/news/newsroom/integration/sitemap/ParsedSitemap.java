package news.newsroom.integration.sitemap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalToIgnoringCase;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A sitemap as a search engine reads it: parsed as XML with its namespaces (a wrong namespace finds nothing), then
 * asked with XPath, where {@code s:} is the sitemap protocol, {@code news:} Google News and {@code image:} images.
 */
final class ParsedSitemap {

    private static final Map<String, String> PREFIXES = Map.of(
            "s", "http://www.sitemaps.org/schemas/sitemap/0.9",
            "news", "http://www.google.com/schemas/sitemap-news/0.9",
            "image", "http://www.google.com/schemas/sitemap-image/1.1");

    private final Document document;
    private final XPath xpath;

    private ParsedSitemap(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceUri) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /** GETs {@code path} as a crawler does, which must answer 200 with XML in UTF-8, and parses the body. */
    static ParsedSitemap get(String path) {
        return of(given().when().get(path).then().statusCode(200)
                .header("Content-Type", equalToIgnoringCase("application/xml;charset=UTF-8"))
                .extract().asByteArray());
    }

    static ParsedSitemap of(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new ParsedSitemap(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of every node {@code expression} selects, in document order. */
    List<String> strings(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("Bad XPath " + expression, e);
        }
    }

    /** The text of the one node {@code expression} selects; "" when none. */
    String string(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (Exception e) {
            throw new AssertionError("Bad XPath " + expression, e);
        }
    }

    int count(String expression) {
        return strings(expression).size();
    }

    /** The root element's namespace and local name, e.g. {@code {http://www.sitemaps.org/...}urlset}. */
    String root() {
        return "{" + document.getDocumentElement().getNamespaceURI() + "}" + document.getDocumentElement().getLocalName();
    }
}
