package news.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The picture that represents an article in lists and at the top of its page. */
@Embeddable
public class FeaturedImage {

    @Column(name = "featured_image_url", length = 500)
    private String url;

    @Column(name = "featured_image_alt", length = 300)
    private String alt;

    @Column(name = "featured_image_caption", length = 500)
    private String caption;

    @Column(name = "featured_image_credit", length = 200)
    private String credit;

    protected FeaturedImage() {
    }

    public FeaturedImage(String url, String alt, String caption, String credit) {
        this.url = url;
        this.alt = alt;
        this.caption = caption;
        this.credit = credit;
    }

    public String getUrl() {
        return url;
    }

    public String getAlt() {
        return alt;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }
}
