package news.newsroom.integration.embed;

/**
 * The box, in pixels, that an oEmbed consumer reserves for the embed or its thumbnail, within the
 * {@code maxwidth} and {@code maxheight} it asked for.
 */
record EmbedSize(int width, int height) {

    /**
     * The embed is text in a fluid box: at its preferred width it fits in {@link #HEIGHT}; narrower, the same
     * text takes more lines, so the box grows taller, up to {@link #TALLEST}.
     */
    static final int WIDTH = 600;
    static final int HEIGHT = 300;
    static final int TALLEST = 900;
    /**
     * The thumbnail's box. Each image's own size is not recorded yet (media sizes come with their own issue), so
     * the thumbnail is declared in the 16:9 box, 1,200 pixels wide, that Google recommends for article images; a
     * consumer scales the picture into it.
     */
    static final int THUMBNAIL_WIDTH = 1_200;
    static final int THUMBNAIL_HEIGHT = 675;

    /** The embed's box; {@code maxWidth} and {@code maxHeight} are positive, or null when not asked for. */
    static EmbedSize ofEmbed(Integer maxWidth, Integer maxHeight) {
        int width = maxWidth == null ? WIDTH : Math.min(WIDTH, maxWidth);
        int height = Math.min(TALLEST, (HEIGHT * WIDTH + width - 1) / width);
        return new EmbedSize(width, maxHeight == null ? height : Math.min(height, maxHeight));
    }

    /** The thumbnail's box, scaled down (never up) to fit, keeping its proportions. */
    static EmbedSize ofThumbnail(Integer maxWidth, Integer maxHeight) {
        double scale = Math.min(1.0, Math.min(
                maxWidth == null ? 1.0 : (double) maxWidth / THUMBNAIL_WIDTH,
                maxHeight == null ? 1.0 : (double) maxHeight / THUMBNAIL_HEIGHT));
        return new EmbedSize(Math.max(1, (int) Math.floor(THUMBNAIL_WIDTH * scale)),
                Math.max(1, (int) Math.floor(THUMBNAIL_HEIGHT * scale)));
    }
}
