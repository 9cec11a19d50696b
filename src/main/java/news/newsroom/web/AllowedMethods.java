package news.newsroom.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The methods each path accepts, for the {@code Allow} header of a 405 (RFC 9110 requires it; the REST layer
 * raises 405 without saying which methods would have worked) and the answer to {@code OPTIONS}. Read once from the
 * resource classes. A path is served by its most specific route, as JAX-RS matches them: the literal
 * {@code /comments/challenge} wins over {@code /comments/{id}}, so its methods are not those of its siblings.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method, String template, int literalCharacters, int variables) {
    }

    private volatile List<Route> routes;

    /**
     * Answers {@code OPTIONS} (CORS preflights are answered before this, by the HTTP layer) with the methods of the
     * route that serves the path; the REST layer's own answer would list every method of the resource class.
     */
    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        Set<String> allowed = at(request.getUriInfo().getPath());
        if (allowed.isEmpty()) {
            throw new NotFoundException();
        }
        return Response.ok().allow(allowed).build();
    }

    /** The methods {@code path} accepts, with HEAD and OPTIONS where GET is accepted. */
    public Set<String> at(String path) {
        Set<String> allowed = new TreeSet<>();
        Route best = null;
        for (Route route : routes()) {
            if (route.path().matcher(path).matches() && (best == null || moreSpecific(route, best))) {
                best = route;
            }
        }
        for (Route route : routes()) {
            if (best != null && route.template().equals(best.template())) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    /** JAX-RS order: more literal characters first, then more template variables. */
    private static boolean moreSpecific(Route route, Route than) {
        return route.literalCharacters() != than.literalCharacters()
                ? route.literalCharacters() > than.literalCharacters()
                : route.variables() > than.variables();
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private static List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class)
                .stream().map(bean -> (InjectableBean<?>) bean).toList()) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || !type.getPackageName().startsWith("news.newsroom")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                String literal = template.replaceAll("\\{[^}]*\\}", "");
                found.add(new Route(toPattern(template), httpMethod, template, literal.length(),
                        template.length() - template.replace("{", "").length()));
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
