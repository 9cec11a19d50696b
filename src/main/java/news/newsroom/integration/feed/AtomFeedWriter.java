package news.newsroom.integration.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;

/**
 * A feed as Atom 1.0 (RFC 4287), written by Rome: RFC 3339 dates, an {@code author} with the website's page for
 * each byline, sections and tags as categories, the featured image as a {@code link rel="enclosure"}, and
 * {@code xml:lang="ar"} on the feed, which Rome does not write, added to the document it builds.
 */
final class AtomFeedWriter {

    private static final String HTML_PAGE = "text/html";

    private AtomFeedWriter() {
    }

    static byte[] write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        // The page the feed follows identifies it: the same feed whatever host, format or length it is read in.
        atom.setId(feed.homePageUrl());
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(FeedXml.date(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", HTML_PAGE, feed.homePageUrl())));
        atom.setOtherLinks(List.of(link("self", "application/atom+xml", feed.selfUrl())));
        atom.setAuthors(List.of(person(feed.publisher())));
        atom.setEntries(feed.items().stream().map(AtomFeedWriter::entry).toList());
        Document document = FeedXml.document(atom);
        document.getRootElement().setAttribute("lang", Feed.LANGUAGE, Namespace.XML_NAMESPACE);
        return FeedXml.bytes(document);
    }

    private static Entry entry(Feed.Item item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", HTML_PAGE, item.url())));
        if (item.image() != null) {
            Link enclosure = link("enclosure", item.image().type(), item.image().url());
            enclosure.setTitle(item.image().alt());
            entry.setOtherLinks(List.of(enclosure));
        }
        entry.setPublished(FeedXml.date(item.published()));
        entry.setUpdated(FeedXml.date(item.updated()));
        entry.setAuthors(item.authors().stream().map(AtomFeedWriter::person).toList());
        List<Category> categories = new ArrayList<>();
        categories.add(category(item.section()));
        item.tags().forEach(tag -> categories.add(category(tag)));
        entry.setCategories(categories);
        if (item.summary() != null) {
            entry.setSummary(text(item.summary()));
        }
        if (item.html() != null) {
            Content body = new Content();
            body.setType(Content.HTML);
            body.setValue(item.html());
            entry.setContents(List.of(body));
        }
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(Feed.Person who) {
        Person person = new Person();
        person.setName(who.name());
        person.setUri(who.url());
        return person;
    }

    private static Category category(Feed.Category filed) {
        Category category = new Category();
        category.setTerm(filed.term());
        category.setLabel(filed.label());
        category.setScheme(filed.scheme());
        return category;
    }
}
