package news.newsroom.integration.embed;

/** The {@code format} an oEmbed consumer asks for: only JSON is answered (XML is a 501, as the spec says). */
public enum OEmbedFormat {
    JSON, XML
}
