package news.newsroom.article;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Where an article is in its life. Only {@code PUBLISHED} is ever shown to the public. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Stored as the lower-case wire name, so SQL reads like the API. */
    @Converter(autoApply = true)
    public static class DatabaseForm implements AttributeConverter<ArticleStatus, String> {
        @Override
        public String convertToDatabaseColumn(ArticleStatus status) {
            return status == null ? null : status.wireName();
        }

        @Override
        public ArticleStatus convertToEntityAttribute(String column) {
            return column == null ? null : ArticleStatus.valueOf(column.toUpperCase(Locale.ROOT));
        }
    }
}
