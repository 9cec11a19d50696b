package news.newsroom.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose path, query parameters or headers hold text the service cannot store (see
 * {@link StorableText}) before any resource sees it, with a 400 naming the parameter: one check for every
 * operation, as {@link StrictJson} is for request bodies.
 */
public class StorableParameters {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorable(ContainerRequestContext request) {
        String path;
        Map<String, List<String>> query;
        try {
            path = request.getUriInfo().getPath();
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException badEscape) {
            throw ApiProblem.of(ProblemType.BAD_REQUEST, "bad-request.detail");
        }
        if (!StorableText.isStorable(path)) {
            throw ApiProblem.invalidParameter("path", "param.unstorable-text");
        }
        check(query);
        check(request.getHeaders());
    }

    private static void check(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!StorableText.isStorable(parameter.getKey())) {
                throw ApiProblem.invalidParameter("query", "param.unstorable-text");
            }
            for (String value : parameter.getValue()) {
                if (!StorableText.isStorable(value)) {
                    throw ApiProblem.invalidParameter(parameter.getKey(), "param.unstorable-text");
                }
            }
        }
    }
}
