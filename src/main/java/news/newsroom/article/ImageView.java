package news.newsroom.article;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Image", description = "A picture with its accessible description, caption and credit.")
public record ImageView(
        @Schema(required = true, example = "https://media.newsroom.example/2025/solar-roofs.jpg") @Size(max = 500) String url,
        @Schema(nullable = true, example = "ألواح شمسية على أسطح بنايات في حمص") @Size(max = 300) String alt,
        @Schema(nullable = true, example = "الألواح الشمسية تنتشر على الأسطح") @Size(max = 500) String caption,
        @Schema(nullable = true, example = "تصوير: سامر عيسى") @Size(max = 200) String credit) {

    public static ImageView of(FeaturedImage image) {
        if (image == null || image.getUrl() == null) {
            return null;
        }
        return new ImageView(image.getUrl(), image.getAlt(), image.getCaption(), image.getCredit());
    }
}
