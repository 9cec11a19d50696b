package news.newsroom.web;

import jakarta.ws.rs.BadRequestException;

/**
 * A request parameter that could not be converted to its type. JAX-RS passes a {@code WebApplicationException} from
 * a parameter converter on as it is, where it would answer any other exception on a query or path parameter with a
 * bare 404; this carries the {@link ApiProblem} naming the parameter to {@link ProblemMappers}.
 */
public class ParameterProblem extends BadRequestException {

    private final transient ApiProblem problem;

    public ParameterProblem(ApiProblem problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    /** Expected, answered and never logged: no stack trace to fill. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
