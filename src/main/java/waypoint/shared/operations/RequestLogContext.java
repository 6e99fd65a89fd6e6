package waypoint.shared.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every line logged while a request is served carries the request's id ({@code request.id}): the caller's
 * {@code X-Request-Id} when it sent a sensible one (a load balancer or proxy that made it), otherwise a new one. The
 * id goes back in the response's {@code X-Request-Id}, so a person reporting a problem can quote it. When the request
 * is done, one line records it: method, route (never the query, which may carry what a person typed), status and time
 * (not for the styles, scripts and fonts a page loads).
 * The signed-in account's id ({@code account.id}) is added by the identity module once it knows who is asking.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestLogContext extends OncePerRequestFilter {

    public static final String REQUEST_ID = "request.id";
    public static final String ACCOUNT_ID = "account.id";
    public static final String HEADER = "X-Request-Id";
    /** The logger of the one line per request; its level decides whether those lines are written. */
    public static final String REQUEST_LOGGER = "waypoint.requests";

    /** Letters, digits and a few separators, at most 64: nothing that could forge a log line or carry a name. */
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger requests = LoggerFactory.getLogger(REQUEST_LOGGER);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SENSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(REQUEST_ID, id);
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (requests.isInfoEnabled() && !isStaticFile(request.getRequestURI())) {
                requests.info("{} {} {} {} ms", request.getMethod(), route(request), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(REQUEST_ID);
            MDC.remove(ACCOUNT_ID);
        }
    }

    /**
     * The route the request took, such as {@code /showcase/{token}}, rather than its path: a path may carry a secret
     * (a showcase link, a password-reset link, a calendar feed's key) that has no place in a log. A request no route
     * took (refused before, or not found) is logged by its path.
     */
    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    /** Styles, scripts and fonts a page loads: one line for the page is enough. */
    private static boolean isStaticFile(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }
}
