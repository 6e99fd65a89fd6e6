package waypoint.shared.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import waypoint.shared.database.ReportConnections;

/**
 * Only a few provider-wide reports and downloads ({@link ProviderWideReports}) run at once on a node, so that the
 * pages people use while working always have a processor (docs/performance.md, "What the run shows (session 15)"):
 * at most {@code waypoint.reports.at-once} (default: half the processors, at least one). Another waits its turn up
 * to {@code waypoint.reports.wait} (default 30 s), and is then answered 503 with Retry-After: a page saying many
 * reports are being prepared, or a problem detail in the API (docs/operations.md). Every other page and call, and
 * every form sent (only GET and HEAD are reports), goes straight through.
 * <p>
 * The turn is held until the whole answer is written: a download written to the response, and one written after the
 * request thread has been let go (an asynchronous answer), which gives its turn back when the request completes. It
 * sits after the security filters, so a request that is turned away there (signed out) never takes a turn. While a
 * report is being prepared, its queries run on the reports' own connections, each on one core
 * ({@link ReportConnections}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProviderWideReportsAtOnce extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ProviderWideReportsAtOnce.class);

    /** "Try again in a minute." */
    static final String RETRY_AFTER_SECONDS = "60";
    static final String DETAIL = "Many reports are being prepared at the moment. Try again in a minute.";
    static final ServiceBusyFilter.TryAgain MANY_REPORTS = new ServiceBusyFilter.TryAgain("Many reports at once",
            DETAIL, "Many reports are being prepared at the moment", "Try again in a minute.",
            "You can use the rest of Waypoint meanwhile.");
    static final String BACK = "Go back to the page you were on";
    static final String HOME = "Go to your home page";
    /**
     * The request attribute holding how long a report waited for its turn, in ms (0 when a turn was free): the
     * benchmark's access log writes it beside the server time, so a report's own time and its wait are told apart.
     */
    public static final String WAITED = "waypoint.reports.waited";

    private final int atOnce;
    private final Duration wait;
    private final Semaphore turns;

    ProviderWideReportsAtOnce(@Value("${waypoint.reports.at-once:}") String atOnce,
            @Value("${waypoint.reports.wait:30s}") Duration wait) {
        this.atOnce = atOnce(atOnce, Runtime.getRuntime().availableProcessors());
        this.wait = wait;
        this.turns = new Semaphore(this.atOnce, true);
    }

    /** The setting, or when it is empty half the processors, at least one. */
    static int atOnce(String setting, int processors) {
        if (setting == null || setting.isBlank()) {
            return Math.max(1, processors / 2);
        }
        int atOnce = Integer.parseInt(setting.strip());
        if (atOnce < 1) {
            throw new IllegalArgumentException("waypoint.reports.at-once must be 1 or more, not " + atOnce);
        }
        return atOnce;
    }

    int atOnce() {
        return atOnce;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !ProviderWideReports.includes(path(request));
    }

    private static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!aTurn(request)) {
            String back = back(request);
            ServiceBusyFilter.tryAgain(request, response, MANY_REPORTS, MANY_REPORTS.page(back,
                    back.equals("/") ? HOME : BACK), RETRY_AFTER_SECONDS);
            return;
        }
        boolean givenBackLater = false;
        try (ReportConnections.Scope report = ReportConnections.during()) {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new GiveBack());
                givenBackLater = true;
            }
        } finally {
            if (!givenBackLater) {
                turns.release();
            }
        }
    }

    /**
     * A turn at once when one is free and nobody is waiting, else after those who came first, waiting up to the
     * setting; how long it waited is logged (a turn or not).
     */
    private boolean aTurn(HttpServletRequest request) {
        long began = System.nanoTime();
        boolean turn;
        try {
            if (turns.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                request.setAttribute(WAITED, 0L);
                return true;
            }
            turn = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        request.setAttribute(WAITED, waited);
        if (turn) {
            log.info("{} {} waited {} ms for its turn (provider-wide reports at once on this node: {})",
                    request.getMethod(), path(request), waited, atOnce);
        } else {
            log.info("{} {} answered 503 after waiting {} ms for its turn (provider-wide reports at once on this "
                    + "node: {})", request.getMethod(), path(request), waited, atOnce);
        }
        return turn;
    }

    /** The page the person came from, when it is one of this site's, else the home page. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(from.getHost()) || path == null || !path.startsWith("/")
                    || path.startsWith("//")) {
                return "/";
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }

    /**
     * Gives the turn back once an asynchronous answer is complete (or has failed): once. A timeout is followed by the
     * answer that says so, and then by its completion.
     */
    private final class GiveBack implements AsyncListener {

        private final AtomicBoolean given = new AtomicBoolean();

        private void giveBack() {
            if (given.compareAndSet(false, true)) {
                turns.release();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            giveBack();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // the answer saying so is still to be written: given back when it is complete
        }

        @Override
        public void onError(AsyncEvent event) {
            giveBack();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // started again: listeners are kept only by adding them again
            event.getAsyncContext().addListener(this);
        }
    }
}
