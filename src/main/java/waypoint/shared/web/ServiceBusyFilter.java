package waypoint.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When the database cannot be used for a moment, the request itself was fine and will succeed once it is back: the
 * answer is 503 Service Unavailable with Retry-After (RFC 9110, 15.6.4 and 10.2.3), a problem detail in the API and a
 * plain GOV.UK page otherwise, never a 500 saying something broke. Two cases:
 * <ul>
 * <li>every connection stayed busy for the pool's whole timeout (10 s): "busy";</li>
 * <li>the database went away (restarted, failed over, the network dropped): a connection that is refused, lost
 * or ended by the server (SQLSTATE class 08, and 57P01 to 57P03: shut down or starting up): "unavailable". A write
 * whose connection was lost is not saved, or was saved before the answer (the person tries again and sees it).</li>
 * </ul>
 * It sits outside every other filter because the first database read may come from one (the active-account check,
 * the page session), and the pages are static because rendering the layout would itself need the database.
 * The API's last-resort handler leaves these failures to it ({@code ApiFailureHandler}). See docs/reliability.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceBusyFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "Waypoint is very busy at the moment. Nothing has been lost: try again in a few seconds.";
    static final String UNAVAILABLE_DETAIL = "Waypoint cannot reach its records for a moment. Anything you saved before "
            + "is kept: try again in a few seconds.";

    /** HikariCP's words (without an SQLSTATE) for a connection it has closed. */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    /** Every connection stayed busy for the pool's whole timeout. */
    static final TryAgain BUSY = new TryAgain("Service busy", DETAIL, "Sorry, the service is busy",
            "Waypoint has more requests than it can answer at the moment. Nothing you had saved has been lost.",
            "Try again in a few seconds.");
    /** The database went away for a moment. */
    static final TryAgain UNAVAILABLE = new TryAgain("Service unavailable", UNAVAILABLE_DETAIL,
            "Sorry, the service is unavailable",
            "Waypoint cannot reach its records for a moment. Anything you saved before is kept.",
            "If you were saving something just now, check whether it is there before you enter it again.");

    private static final String PAGE = template();
    private final byte[] busyPage = BUSY.page();
    private final byte[] unavailablePage = UNAVAILABLE.page();

    /**
     * One case's words: the API's problem title and detail, and the page's heading and paragraphs, filled into the
     * one static page ({@code try-again.html}).
     */
    record TryAgain(String title, String detail, String heading, String... paragraphs) {

        byte[] page() {
            return page(null, null);
        }

        /** The page with a last paragraph that is a link ({@code href} a path of this site), when one is given. */
        byte[] page(String href, String linkText) {
            StringBuilder text = new StringBuilder();
            for (String paragraph : paragraphs) {
                text.append("        <p class=\"govuk-body\">").append(HtmlUtils.htmlEscape(paragraph)).append("</p>\n");
            }
            if (href != null) {
                text.append("        <p class=\"govuk-body\"><a class=\"govuk-link\" href=\"")
                        .append(HtmlUtils.htmlEscape(href)).append("\">").append(HtmlUtils.htmlEscape(linkText))
                        .append("</a></p>\n");
            }
            return PAGE.replace("{heading}", HtmlUtils.htmlEscape(heading))
                    .replace("{paragraphs}\n", text.toString()).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (poolExhausted(failure)) {
                answer(request, response, BUSY, busyPage);
            } else if (databaseUnavailable(failure)) {
                answer(request, response, UNAVAILABLE, unavailablePage);
            } else {
                throw failure;
            }
        }
    }

    /** Either case of {@link ServiceBusyFilter}: the database cannot be used now, and will be again. */
    static boolean answeredHere(Throwable failure) {
        return poolExhausted(failure) || databaseUnavailable(failure);
    }

    static boolean poolExhausted(Throwable failure) {
        return !databaseLost(failure) && any(failure, t -> t instanceof CannotGetJdbcConnectionException
                || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException);
    }

    static boolean databaseUnavailable(Throwable failure) {
        return databaseLost(failure) || !poolExhausted(failure)
                && any(failure, t -> t instanceof DataAccessResourceFailureException);
    }

    private static boolean databaseLost(Throwable failure) {
        return any(failure, t -> t instanceof SQLException sql && lostConnection(sql));
    }

    /**
     * The failure or any cause of it. A transaction whose rollback failed (its connection already closed by the pool
     * as broken) reports the rollback's failure and keeps the one that made it roll back aside: that one counts too.
     */
    private static boolean any(Throwable failure, java.util.function.Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != t && any(rollback.getApplicationException(), test)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down or starting up); and the pool
     * saying a connection is closed: it closes one only once it was found broken, and a commit that failed on a lost
     * connection surfaces as the failed rollback on that closed connection, without the commit's own failure.
     */
    private static boolean lostConnection(SQLException sql) {
        String state = sql.getSQLState();
        return sql instanceof SQLNonTransientConnectionException
                || state == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage())
                || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, TryAgain words, byte[] page)
            throws IOException {
        response.reset();
        tryAgain(request, response, words, page, RETRY_AFTER_SECONDS);
    }

    /**
     * 503 Service Unavailable with Retry-After: in the API a problem detail with the words' title and detail, otherwise
     * the page. Also the answer of a provider-wide report that waited too long for its turn
     * ({@link ProviderWideReportsAtOnce}).
     */
    static void tryAgain(HttpServletRequest request, HttpServletResponse response, TryAgain words, byte[] page,
            String retryAfterSeconds) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + words.title() + "\",\"status\":503,"
                    + "\"detail\":\"" + words.detail() + "\"}");
        } else {
            response.setContentType("text/html");
            response.getOutputStream().write(page);
        }
    }

    private static String template() {
        try (InputStream in = ServiceBusyFilter.class.getResourceAsStream("try-again.html")) {
            // the template's comment is for those who work on it, not sent to the people who read the page
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->\\n?", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
