package news.newsroom.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Converts the typed parameters of the resources so that a bad value is a 400 problem naming the parameter, as
 * every other client mistake is (JAX-RS answers a failed conversion of a query or path parameter with a bare 404):
 * <ul>
 * <li>{@code long}: a database id, positive digits;</li>
 * <li>{@code int}: a whole number within the parameter's {@code @Min} and {@code @Max} (which the API document
 * shows too);</li>
 * <li>{@code boolean}: {@code true} or {@code false};</li>
 * <li>an enum: one of its constants in lower case;</li>
 * <li>{@link DayOrInstant}: a calendar day or an instant.</li>
 * </ul>
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(raw -> QueryParameters.id(name, raw));
        }
        if (rawType == int.class || rawType == Integer.class) {
            int min = (int) bound(annotations, Min.class, 0);
            int max = (int) bound(annotations, Max.class, Integer.MAX_VALUE);
            return (ParamConverter<T>) converter(raw -> QueryParameters.integerIn(name, raw, min, max));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            // An absent parameter is false, as JAX-RS has it for a primitive.
            Boolean absent = rawType == boolean.class ? Boolean.FALSE : null;
            return (ParamConverter<T>) converter(raw -> raw == null ? absent : QueryParameters.bool(name, raw));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(raw -> QueryParameters.oneOf(name, raw, type, null));
        }
        if (rawType == DayOrInstant.class) {
            return (ParamConverter<T>) converter(raw -> QueryParameters.dayOrInstant(name, raw));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String raw) {
                try {
                    return parse.apply(raw);
                } catch (ApiProblem problem) {
                    throw new ParameterProblem(problem);
                }
            }

            @Override
            public String toString(T value) {
                return value instanceof Enum<?> constant ? constant.name().toLowerCase(java.util.Locale.ROOT)
                        : String.valueOf(value);
            }
        };
    }

    /** The name the client sends the parameter under, which problems name. */
    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private static long bound(Annotation[] annotations, Class<? extends Annotation> kind, long otherwise) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Min min && kind == Min.class) {
                return min.value();
            }
            if (annotation instanceof Max max && kind == Max.class) {
                return max.value();
            }
        }
        return otherwise;
    }
}
