package news.newsroom.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.newsroom.NewsroomConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's ceiling: this same stack (Vert.x, RESTEasy Reactive) answering a constant JSON body of a
 * given size, with no database and no serialization. It exists only when {@code newsroom.bench.enabled} is
 * true, which only the {@code bench} profile sets (bench/run.sh runs the jar with {@code prod,bench});
 * otherwise it is the same 404 as any unknown path, and it is never in the API document.
 */
@Path("/bench/constant")
public class ConstantBodyResource {

    private static final int MAX_BYTES = 1_000_000;

    private final boolean enabled;
    private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    public ConstantBodyResource(NewsroomConfig config) {
        this.enabled = config.bench().enabled();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response constant(@QueryParam("bytes") int bytes) {
        if (!enabled || bytes < 16 || bytes > MAX_BYTES) {
            throw new NotFoundException();
        }
        return Response.ok(bodies.computeIfAbsent(bytes, ConstantBodyResource::body), "application/json;charset=UTF-8")
                .build();
    }

    /** {"padding":"xxx…"} of exactly {@code size} bytes. */
    static byte[] body(int size) {
        String frame = "{\"padding\":\"\"}";
        return (frame.substring(0, 12) + "x".repeat(size - frame.length()) + frame.substring(12))
                .getBytes(StandardCharsets.UTF_8);
    }
}
