package news.newsroom.integration.sitemap;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One sitemap document as it is written, entry by entry, with the JDK's StAX writer: a {@code urlset} of pages
 * (with the news and image extensions) or a {@code sitemapindex}. The writer escapes text and attribute values;
 * this class also drops the few characters XML 1.0 cannot carry at all, so a stray control character in a title
 * never makes the whole sitemap unreadable.
 */
final class SitemapXml {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String MEDIA_TYPE = "application/xml;charset=UTF-8";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final TextBuffer text = new TextBuffer();
    private final XMLStreamWriter xml;
    private int entries;

    private SitemapXml(String root, boolean news) {
        try {
            // Into characters, encoded at the end in one go: the writer's own UTF-8 output goes a byte at a time.
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", root, SITEMAP);
            xml.writeDefaultNamespace(SITEMAP);
            if (news) {
                xml.writeNamespace("news", NEWS);
            }
            if (!root.equals("sitemapindex")) {
                xml.writeNamespace("image", IMAGE);
            }
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw unwritable(e);
        }
    }

    /** A list of website pages, each with the picture that represents it. */
    static SitemapXml urlset() {
        return new SitemapXml("urlset", false);
    }

    /** A list of news articles, with their publication as Google News reads it. */
    static SitemapXml newsUrlset() {
        return new SitemapXml("urlset", true);
    }

    /** A list of other sitemaps. */
    static SitemapXml index() {
        return new SitemapXml("sitemapindex", false);
    }

    /** A page: its address, when it last changed (optional) and its picture (optional). */
    SitemapXml url(String loc, Instant lastModified, String imageUrl) {
        try {
            xml.writeStartElement("url");
            element("loc", loc);
            if (lastModified != null) {
                element("lastmod", w3c(lastModified));
            }
            image(imageUrl);
            endEntry();
        } catch (XMLStreamException e) {
            throw unwritable(e);
        }
        return this;
    }

    /** A news article: its address, who published it in which language, when, under which title. */
    SitemapXml newsUrl(String loc, String publisher, String language, Instant publishedAt, String title,
            String imageUrl) {
        try {
            xml.writeStartElement("url");
            element("loc", loc);
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            newsElement("name", publisher);
            newsElement("language", language);
            xml.writeEndElement();
            newsElement("publication_date", w3c(publishedAt));
            newsElement("title", title);
            xml.writeEndElement();
            image(imageUrl);
            endEntry();
        } catch (XMLStreamException e) {
            throw unwritable(e);
        }
        return this;
    }

    /** Another sitemap, listed in an index, with when it last changed (optional). */
    SitemapXml sitemap(String loc, Instant lastModified) {
        try {
            xml.writeStartElement("sitemap");
            element("loc", loc);
            if (lastModified != null) {
                element("lastmod", w3c(lastModified));
            }
            endEntry();
        } catch (XMLStreamException e) {
            throw unwritable(e);
        }
        return this;
    }

    /** How many entries were written so far. */
    int entries() {
        return entries;
    }

    /** Closes the root element and the document: the UTF-8 bytes to send. */
    byte[] finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw unwritable(e);
        }
        return text.utf8();
    }

    /** A date as the W3C Datetime profile (and RFC 3339) writes it, to the second, in UTC. */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private void image(String imageUrl) throws XMLStreamException {
        if (imageUrl == null || imageUrl.isBlank()) {
            return;
        }
        xml.writeStartElement("image", "image", IMAGE);
        xml.writeStartElement("image", "loc", IMAGE);
        xml.writeCharacters(legal(imageUrl));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void endEntry() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
        entries++;
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(legal(text));
        xml.writeEndElement();
    }

    private void newsElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS);
        xml.writeCharacters(legal(text));
        xml.writeEndElement();
    }

    /**
     * {@code text} without the characters XML 1.0 forbids (controls other than tab and line breaks, unpaired
     * surrogates, U+FFFE and U+FFFF), which no escaping can carry.
     */
    static String legal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Below U+D800 only controls can be wrong; from there on, surrogates and U+FFFE, U+FFFF.
            if (c < 0x20 || c >= Character.MIN_SURROGATE) {
                return withoutIllegal(text);
            }
        }
        return text;
    }

    private static String withoutIllegal(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (allowedAt(text, i)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    private static boolean allowedAt(String text, int index) {
        int c = text.codePointAt(index);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return false; // codePointAt returns a lone surrogate only when it is unpaired
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** The document's characters as they are written, without the locking of {@link java.io.StringWriter}. */
    private static final class TextBuffer extends Writer {

        private final StringBuilder chars = new StringBuilder(64 * 1024);

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            chars.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
            // Nothing is held back.
        }

        @Override
        public void close() {
            // The characters stay readable.
        }

        byte[] utf8() {
            return chars.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static IllegalStateException unwritable(XMLStreamException e) {
        return new IllegalStateException("A sitemap could not be written to memory", e);
    }
}
