package news.newsroom.integration.feed;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A feed as RSS 2.0, written by Rome: {@code dc:creator} for each byline, {@code content:encoded} for the whole
 * body, Media RSS {@code media:content} for the featured image (an RSS {@code enclosure} needs the file's length,
 * which nobody stores), and {@code atom:link rel="self"}. Dates are RFC 822.
 */
final class RssFeedWriter {

    private RssFeedWriter() {
    }

    static byte[] write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homePageUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(Feed.LANGUAGE);
        channel.setLastBuildDate(FeedXml.date(feed.updated()));
        channel.setModules(new ArrayList<>(List.of(selfLink(feed.selfUrl()))));
        channel.setItems(feed.items().stream().map(RssFeedWriter::item).toList());
        return FeedXml.bytes(FeedXml.document(channel));
    }

    private static Module selfLink(String selfUrl) {
        Link self = new Link();
        self.setRel("self");
        self.setType("application/rss+xml");
        self.setHref(selfUrl);
        AtomLinkModule module = new AtomLinkModuleImpl();
        module.setLinks(List.of(self));
        return module;
    }

    private static Item item(Feed.Item entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(FeedXml.date(entry.published()));
        if (entry.summary() != null) {
            // The description is HTML to readers: the plain-text excerpt is escaped once more, so a "<" stays one.
            Description description = new Description();
            description.setValue(Entities.escape(entry.summary()));
            item.setDescription(description);
        }
        if (entry.html() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.html());
            item.setContent(content);
        }
        List<Category> categories = new ArrayList<>();
        categories.add(category(entry.section()));
        entry.tags().forEach(tag -> categories.add(category(tag)));
        item.setCategories(categories);
        List<Module> modules = new ArrayList<>();
        if (!entry.authors().isEmpty()) {
            DCModuleImpl dublinCore = new DCModuleImpl();
            dublinCore.setCreators(entry.authors().stream().map(Feed.Person::name).toList());
            modules.add(dublinCore);
        }
        if (entry.image() != null) {
            modules.add(media(entry.image()));
        }
        item.setModules(modules);
        return item;
    }

    private static Category category(Feed.Category filed) {
        Category category = new Category();
        category.setDomain(filed.scheme());
        category.setValue(filed.label());
        return category;
    }

    private static Module media(Feed.Image image) {
        MediaContent content = new MediaContent(new UrlReference(URI.create(image.url())));
        content.setMedium("image");
        content.setType(image.type());
        Metadata metadata = new Metadata();
        metadata.setDescription(image.caption() != null ? image.caption() : image.alt());
        if (image.credit() != null) {
            metadata.setCredits(new Credit[] {new Credit(null, null, image.credit())});
        }
        content.setMetadata(metadata);
        MediaEntryModuleImpl module = new MediaEntryModuleImpl();
        module.setMediaContents(new MediaContent[] {content});
        return module;
    }
}
