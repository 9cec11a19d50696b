package news.newsroom.integration.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Writing an RSS or Atom feed that Rome has built: as a document to finish, then as UTF-8 bytes. */
final class FeedXml {

    private FeedXml() {
    }

    /** The feed as Rome writes it, to be finished (Atom's xml:lang) before {@link #bytes}. */
    static Document document(WireFeed feed) {
        feed.setEncoding("UTF-8");
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            // Rome refuses only a feed without a title, link or description, which every Feed has.
            throw new IllegalStateException("Rome refused the feed it was given", e);
        }
    }

    /** The document in UTF-8, Arabic written as it is (never as character references). */
    static byte[] bytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
