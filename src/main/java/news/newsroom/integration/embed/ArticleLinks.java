package news.newsroom.integration.embed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.newsroom.web.ApiProblem;

/**
 * Reads the links to article pages on the public website ({@code {site}/articles/{id}/{slug}}) that partners
 * paste and ask oEmbed about.
 */
final class ArticleLinks {

    /** Longest {@code url} oEmbed reads; a percent-encoded Arabic slug of the longest kind stays well within it. */
    static final int MAX_ADDRESS_LENGTH = 2_000;

    /** {@code /articles/{id}}, then optionally one slug segment, then optionally a trailing slash. */
    private static final Pattern ARTICLE_PATH = Pattern.compile("/articles/([0-9]{1,18})(?:/[^/]+)?/?");

    private final String base;
    private final URI site;

    ArticleLinks(String siteBaseUrl) {
        this.base = siteBaseUrl.replaceAll("/+$", "");
        this.site = URI.create(base);
    }

    /**
     * The id in the address of an article page on this website: {@code http} or {@code https}, its slug
     * percent-encoded, raw or left out, with or without a trailing slash. The slug is not compared: the id names
     * the article, and a link pasted before its slug changed still finds it. A query or fragment (campaign
     * parameters a pasted link often carries) is ignored.
     *
     * @param parameter the name the address came under, which a problem names
     * @return empty when the address is another host's, or another page of this site
     * @throws ApiProblem 400 when the address is missing, too long, or not an absolute http(s) address
     */
    OptionalLong articleIdIn(String address, String parameter) {
        if (address == null || address.isBlank()) {
            throw ApiProblem.invalidParameter(parameter, "field.required");
        }
        if (address.length() > MAX_ADDRESS_LENGTH) {
            throw ApiProblem.invalidParameter(parameter, "field.too-long", MAX_ADDRESS_LENGTH);
        }
        URI uri = parse(address.strip(), parameter);
        if (!isThisSite(uri)) {
            return OptionalLong.empty();
        }
        String path = uri.getRawPath();
        String sitePath = site.getRawPath() == null ? "" : site.getRawPath();
        if (!path.startsWith(sitePath)) {
            return OptionalLong.empty();
        }
        Matcher article = ARTICLE_PATH.matcher(path.substring(sitePath.length()));
        if (!article.matches()) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(article.group(1));
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private static URI parse(String address, String parameter) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawPath() != null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // answered below, as any address that is not an absolute http(s) one
        }
        throw ApiProblem.invalidParameter(parameter, "field.web-url");
    }

    /** The website's host and port; either scheme, since a link may have been copied before a move to https. */
    private boolean isThisSite(URI uri) {
        if (uri.getRawUserInfo() != null || !uri.getHost().equalsIgnoreCase(site.getHost())) {
            return false;
        }
        int port = uri.getPort();
        return port == site.getPort() || site.getPort() == -1 && port == defaultPort(uri.getScheme());
    }

    private static int defaultPort(String scheme) {
        return scheme.equalsIgnoreCase("https") ? 443 : 80;
    }
}
