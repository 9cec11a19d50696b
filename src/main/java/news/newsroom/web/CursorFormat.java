package news.newsroom.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * How one kind of list position is written into a cursor and read back: a fixed number of text values. Reading may
 * throw what parsing throws ({@link NumberFormatException}, {@link java.time.DateTimeException}...); the
 * {@link CursorCodec} answers any of those with the same 400 problem.
 *
 * @param <P> the position: where the next page starts
 */
public interface CursorFormat<P> {

    int size();

    List<String> write(P position);

    P read(List<String> values);

    static <P> CursorFormat<P> of(int size, Function<P, List<String>> write, Function<List<String>, P> read) {
        return new CursorFormat<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public List<String> write(P position) {
                return write.apply(position);
            }

            @Override
            public P read(List<String> values) {
                return read.apply(values);
            }
        };
    }

    /** An instant as whole microseconds since the epoch: PostgreSQL's precision, so a position compares exactly. */
    static String micros(Instant instant) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    static Instant fromMicros(String value) {
        return Instant.EPOCH.plus(Long.parseLong(value), ChronoUnit.MICROS);
    }
}
