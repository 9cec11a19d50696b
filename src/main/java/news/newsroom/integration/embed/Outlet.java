package news.newsroom.integration.embed;

import news.newsroom.NewsroomConfig;
import news.newsroom.web.Website;

/**
 * The outlet that publishes, as structured data and embeds name it.
 *
 * @param url     the website's home page
 * @param logoUrl null when no logo is configured
 */
record Outlet(String name, String url, String logoUrl, int logoWidth, int logoHeight) {

    static Outlet of(NewsroomConfig.Publisher publisher, Website website) {
        return new Outlet(publisher.name(), website.base(), publisher.logoUrl().filter(url -> !url.isBlank()).orElse(null),
                publisher.logoWidth(), publisher.logoHeight());
    }
}
