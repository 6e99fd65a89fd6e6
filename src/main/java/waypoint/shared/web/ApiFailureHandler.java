package waypoint.shared.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The last word on an API failure no handler or module advice answered: a 500 problem that says so plainly, with
 * the details in the log, not in the answer. Last in order, so every module's own answers come first. A database
 * that is busy or away for a moment is not a failure of ours: {@link ServiceBusyFilter} answers it (503).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFailureHandler {

    private static final Log LOG = LogFactory.getLog(ApiFailureHandler.class);

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ProblemDetail unexpected(Exception ex, WebRequest request) throws Exception {
        if (ex instanceof ErrorResponse || ex instanceof AuthenticationException) {
            throw ex; // Spring's own answers and the security filters' stand
        }
        if (ServiceBusyFilter.answeredHere(ex)) {
            throw ex; // the database is busy or away for a moment: 503 with Retry-After, from ServiceBusyFilter
        }
        LOG.error("API request failed: " + request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                ApiErrorController.ProblemErrorController.detail(HttpStatus.INTERNAL_SERVER_ERROR));
        problem.setTitle("Internal Server Error");
        return problem;
    }
}
