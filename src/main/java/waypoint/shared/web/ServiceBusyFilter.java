package waypoint.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When every database connection stayed busy for the pool's whole timeout (10 s), the request itself was fine and
 * will succeed once the load passes: the answer is 503 Service Unavailable with Retry-After (RFC 9110, 15.6.4 and
 * 10.2.3), a problem detail in the API and a plain GOV.UK page otherwise, never a 500 saying something broke. It sits
 * outside every other filter because the first database read may come from one (the active-account check), and the
 * page is static because rendering the layout would itself wait for a connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceBusyFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "Waypoint is very busy at the moment. Nothing has been lost: try again in a few seconds.";

    private final byte[] page = busyPage();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!poolExhausted(failure) || response.isCommitted()) {
                throw failure;
            }
            answerBusy(request, response);
        }
    }

    static boolean poolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private void answerBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service busy\",\"status\":503,"
                    + "\"detail\":\"" + DETAIL + "\"}");
        } else {
            response.setContentType("text/html");
            response.getOutputStream().write(page);
        }
    }

    private static byte[] busyPage() {
        try (InputStream in = ServiceBusyFilter.class.getResourceAsStream("busy.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
