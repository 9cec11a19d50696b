package news.newsroom.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads request bodies strictly, so that a value the service cannot store or did not ask for is a 400 naming its
 * field instead of a failure deep inside (see docs/api.md, "Input the API refuses"):
 * <ul>
 * <li>every JSON string, wherever it sits (fields, list items, article blocks), must be {@link StorableText};</li>
 * <li>a string field takes a JSON string only: {@code false} or {@code 0} is not read as {@code "false"} or
 * {@code "0"}, nor a number or boolean field a string or another scalar;</li>
 * <li>an instant lies in the years 1 to 9999 (UTC), which PostgreSQL stores and the API means.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant PAST_LAST_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC)
            .toInstant();

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("newsroom-strict-json");
        module.addDeserializer(String.class, new StrictString());
        // Wraps whichever deserializer reads instants (the Java time module's), whatever the modules' order.
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Instant.class && !(deserializer instanceof BoundedInstant)
                        ? new BoundedInstant(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String}) {
                if (!sameKind(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
    }

    /** A whole number is still read into a decimal field; any other change of kind is refused. */
    private static boolean sameKind(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            default -> true;
        };
    }

    /** A string refused for a character it holds; {@link ProblemMappers} names the field. */
    public static final class UnstorableText extends InvalidFormatException {
        UnstorableText(JsonParser parser) {
            super(parser, "The string holds NUL or a lone surrogate", null, String.class);
        }
    }

    /** An instant outside the years the API stores; {@link ProblemMappers} names the field. */
    public static final class InstantOutOfRange extends InvalidFormatException {
        InstantOutOfRange(JsonParser parser, Instant instant) {
            super(parser, "The instant lies outside the years " + FIRST_YEAR + " to " + LAST_YEAR, instant,
                    Instant.class);
        }
    }

    /** A JSON string only, and one the service can store. */
    static final class StrictString extends StdScalarDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (!StorableText.isStorable(text)) {
                throw new UnstorableText(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** An instant as the Java time module reads it, within the years the API stores. */
    static final class BoundedInstant extends StdScalarDeserializer<Instant> implements ContextualDeserializer {
        private final JsonDeserializer<?> reader;

        BoundedInstant(JsonDeserializer<?> reader) {
            super(Instant.class);
            this.reader = reader;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            if (reader instanceof ContextualDeserializer contextual) {
                return new BoundedInstant(contextual.createContextual(context, property));
            }
            return this;
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant instant = (Instant) reader.deserialize(parser, context);
            if (instant != null && !inRange(instant)) {
                throw new InstantOutOfRange(parser, instant);
            }
            return instant;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** True when {@code instant} falls in the years {@link #FIRST_YEAR} to {@link #LAST_YEAR}, in UTC. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(PAST_LAST_INSTANT);
    }
}
