package news.newsroom;

import jakarta.ws.rs.core.Application;
import news.newsroom.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API as a whole, as its OpenAPI document introduces it. */
@OpenAPIDefinition(
        info = @Info(
                title = "Newsroom API",
                version = "1.0.0",
                description = """
                        REST API of an Arabic-language news outlet: published articles, sections, authors and tags.

                        * All text is Arabic, UTF-8, never `\\u`-escaped; articles carry `language: "ar"` and `direction: "rtl"`.
                        * Slugs may be Arabic: send them percent-encoded UTF-8 in URLs, e.g. `/api/v1/tags/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87`.
                        * Instants are ISO-8601 UTC; articles also give Damascus local time and the Hijri date.
                        * Lists answer `{items, total, limit, nextCursor}`; follow `nextCursor` (or the `Link` header).
                        * Errors are RFC 9457 `application/problem+json`; `detail` follows `Accept-Language` (ar, en; default ar).
                        * Public GETs send `ETag`, `Last-Modified`, `Cache-Control` and `Surrogate-Key`, and answer conditional requests with 304.

                        How to run the service, sign in, configure it and run the tests: the
                        [README](https://newsroom.example/developers/README.md).
                        """,
                contact = @Contact(name = "Newsroom API team", email = "api@newsroom.example",
                        url = "https://newsroom.example/developers"),
                license = @License(name = "Proprietary", url = "https://newsroom.example/terms")),
        externalDocs = @ExternalDocumentation(description = "README: running, configuration, conventions",
                url = "https://newsroom.example/developers/README.md"),
        tags = {
            @Tag(name = "Articles", description = "Published news articles, reports and opinion pieces, in Arabic."),
            @Tag(name = "Search", description = "Arabic archive search is `GET /api/v1/articles?q=`; this tag holds "
                    + "the search box's title suggestions."),
            @Tag(name = "Sections", description = "The parts of the site: politics, economy, culture... Sections nest."),
            @Tag(name = "Authors", description = "Bylines: the people who write for the outlet."),
            @Tag(name = "Tags", description = "Topics that cut across sections. Arabic slugs are sent percent-encoded in URLs."),
            @Tag(name = "Editorial", description = "Writing and publishing articles (staff Bearer token). Roles: admins and editors "
                    + "run the desk; authors write and change their own drafts; moderators read."),
            @Tag(name = "Comments", description = "Readers' comments: a challenge question instead of accounts, threads of two levels."),
            @Tag(name = "Moderation", description = "The comment queue, word lists and per-article comment settings (moderators, editors, admins)."),
            @Tag(name = "Staff", description = "Sign-in, staff accounts and integrator API keys."),
            @Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published articles: the "
                    + "whole site, or one section (with its subsections), tag or author. Served outside `/api/v1`, as "
                    + "sites serve feeds."),
            @Tag(name = "Sitemaps", description = "Sitemaps for search engines: a Google News sitemap of the last 48 "
                    + "hours, and an index of every published article and section."),
            @Tag(name = "Embeds", description = "What partners' pages and search engines embed: schema.org structured "
                    + "data of an article, and oEmbed for a pasted article link."),
            @Tag(name = "Changes", description = "Every public change in commit order, for apps that keep an offline copy "
                    + "in step and services that follow the site: a change feed with tombstones, and a live stream."),
            @Tag(name = "Webhooks", description = "Public changes POSTed to integrators' URLs as they happen, signed as "
                    + "the Standard Webhooks specification says and retried until received (admins manage them).")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A staff access token from POST /api/v1/auth/token. Its groups are the member's roles: "
                + "admin, editor, author, moderator. Issued and verified following RFC8725 (JWT Best Current Practices): "
                + "RS256 only (never `none`), issuer and expiry checked, one hour by default.")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key",
        description = "An integrator's key (from an admin). Optional on public reads; an invalid or revoked key is 401.")
public class NewsroomApi extends Application {
}
