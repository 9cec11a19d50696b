package news.newsroom.comment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Where a comment stands. Only {@code APPROVED} comments are public. */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED, SPAM, REPORTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class DatabaseForm implements AttributeConverter<CommentStatus, String> {
        @Override
        public String convertToDatabaseColumn(CommentStatus status) {
            return status == null ? null : status.wireName();
        }

        @Override
        public CommentStatus convertToEntityAttribute(String column) {
            return column == null ? null : CommentStatus.valueOf(column.toUpperCase(Locale.ROOT));
        }
    }
}
