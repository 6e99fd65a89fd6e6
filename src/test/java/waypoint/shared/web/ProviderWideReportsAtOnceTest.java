package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Only so many provider-wide reports run at once on a node: another waits its turn a while and is then asked to try
 * again in a minute (a page, or a problem in the API), while every everyday page goes straight through. The one turn
 * here is held by a report whose answer waits for the test to let it finish.
 */
class ProviderWideReportsAtOnceTest {

    final ProviderWideReportsAtOnce oneAtOnce = new ProviderWideReportsAtOnce("1", Duration.ofMillis(50));
    final ExecutorService elsewhere = Executors.newSingleThreadExecutor();
    final CountDownLatch preparing = new CountDownLatch(1);
    final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void letTheReportFinish() {
        finish.countDown();
        elsewhere.shutdownNow();
    }

    /** A report being prepared on another thread, holding its turn until {@link #finish}. */
    Future<?> aReportBeingPrepared() throws Exception {
        Future<?> report = elsewhere.submit(() -> {
            oneAtOnce.doFilter(get("/reports/caseload/overview.csv"), new MockHttpServletResponse(), (req, res) -> {
                preparing.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        preparing.await();
        return report;
    }

    static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServerName("waypoint.example");
        return request;
    }

    /** Asks for {@code request}; whether it reached the page or call behind the filter. */
    boolean answered(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicBoolean reached = new AtomicBoolean();
        FilterChain page = (req, res) -> reached.set(true);
        oneAtOnce.doFilter(request, response, page);
        return reached.get();
    }

    @Test
    void while_the_one_turn_is_taken_another_report_page_is_asked_to_try_again_in_a_minute() throws Exception {
        aReportBeingPrepared();
        MockHttpServletRequest request = get("/accountability");
        request.addHeader("Referer", "http://waypoint.example/reports?year=2026");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(answered(request, response)).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString())
                .contains("<h1 class=\"govuk-heading-l\">Many reports are being prepared at the moment</h1>")
                .contains("<p class=\"govuk-body\">Try again in a minute.</p>")
                .contains("<a class=\"govuk-link\" href=\"/reports?year=2026\">Go back to the page you were on</a>")
                .doesNotContain("Exception", "ProviderWide", "503", "permit", "{");
    }

    @Test
    void while_the_one_turn_is_taken_another_report_in_the_api_is_a_problem_saying_to_try_again() throws Exception {
        aReportBeingPrepared();
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(answered(get("/api/v1/cadence-gaps"), response)).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "\"title\":\"Many reports at once\"",
                "\"detail\":\"Many reports are being prepared at the moment. Try again in a minute.\"");
    }

    @Test
    void the_everyday_pages_forms_and_the_reports_start_page_are_answered_while_the_turn_is_taken() throws Exception {
        aReportBeingPrepared();

        for (String everyday : new String[] {"/", "/apprenticeships/5d2f/portfolio", "/reports", "/reports/caseload",
                "/api/v1/reviews/5d2f", "/api/v1/caseload-board"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(answered(get(everyday), response)).as(everyday).isTrue();
            assertThat(response.getStatus()).as(everyday).isEqualTo(200);
        }
        MockHttpServletRequest workOutAgain = new MockHttpServletRequest("POST", "/reports/caseload/overview");
        assertThat(answered(workOutAgain, new MockHttpServletResponse())).as("a form sent").isTrue();
    }

    @Test
    void once_the_report_being_prepared_is_written_the_next_report_is_answered() throws Exception {
        Future<?> report = aReportBeingPrepared();
        finish.countDown();
        report.get();
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(answered(get("/accountability"), response)).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(answered(get("/api/v1/cadence-gaps"), new MockHttpServletResponse())).isTrue();
    }

    @Test
    void how_long_a_report_waited_for_its_turn_is_kept_on_the_request_for_the_access_log() throws Exception {
        MockHttpServletRequest atOnce = get("/accountability");
        answered(atOnce, new MockHttpServletResponse());
        assertThat(atOnce.getAttribute(ProviderWideReportsAtOnce.WAITED)).as("a turn free at once").isEqualTo(0L);

        aReportBeingPrepared();
        MockHttpServletRequest turnedAway = get("/accountability");
        answered(turnedAway, new MockHttpServletResponse());
        assertThat((Long) turnedAway.getAttribute(ProviderWideReportsAtOnce.WAITED)).as("waited its while")
                .isPositive();

        MockHttpServletRequest everyday = get("/");
        answered(everyday, new MockHttpServletResponse());
        assertThat(everyday.getAttribute(ProviderWideReportsAtOnce.WAITED)).as("not a report").isNull();
    }

    @Test
    void a_download_written_after_the_request_thread_is_let_go_holds_its_turn_until_it_is_complete() throws Exception {
        MockHttpServletRequest download = get("/funding-audit/risks.csv");
        download.setAsyncSupported(true);
        oneAtOnce.doFilter(download, new MockHttpServletResponse(), (req, res) -> req.startAsync());

        assertThat(answered(get("/accountability"), new MockHttpServletResponse())).as("while it is written").isFalse();
        download.getAsyncContext().complete();
        assertThat(answered(get("/accountability"), new MockHttpServletResponse())).as("once it is written").isTrue();
    }

    @Test
    void a_report_that_fails_gives_its_turn_back() throws Exception {
        assertThatThrownBy(() -> oneAtOnce.doFilter(get("/accountability"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new IllegalStateException("the report failed");
                })).isInstanceOf(IllegalStateException.class);

        assertThat(answered(get("/accountability"), new MockHttpServletResponse())).isTrue();
    }

    @Test
    void the_link_back_goes_to_the_page_the_person_came_from_only_when_it_is_on_this_site() throws Exception {
        aReportBeingPrepared();
        MockHttpServletRequest fromElsewhere = get("/accountability");
        fromElsewhere.addHeader("Referer", "https://elsewhere.example/phish");
        MockHttpServletResponse response = new MockHttpServletResponse();

        answered(fromElsewhere, response);

        assertThat(response.getContentAsString())
                .contains("<a class=\"govuk-link\" href=\"/\">Go to your home page</a>").doesNotContain("elsewhere");
    }

    @Test
    void by_default_half_the_processors_run_reports_at_once_and_always_at_least_one() {
        assertThat(ProviderWideReportsAtOnce.atOnce("", 2)).isEqualTo(1);
        assertThat(ProviderWideReportsAtOnce.atOnce("", 1)).isEqualTo(1);
        assertThat(ProviderWideReportsAtOnce.atOnce(null, 8)).isEqualTo(4);
        assertThat(ProviderWideReportsAtOnce.atOnce("3", 2)).isEqualTo(3);
        assertThatThrownBy(() -> ProviderWideReportsAtOnce.atOnce("0", 2))
                .hasMessageContaining("waypoint.reports.at-once must be 1 or more");
    }

    @Test
    void a_request_path_is_a_provider_wide_report_as_its_route_is() {
        assertThat(ProviderWideReports.includes("/reports/caseload/overview.csv")).isTrue();
        assertThat(ProviderWideReports.includes("/accountability/apprentices")).isTrue();
        assertThat(ProviderWideReports.includes("/apprenticeships/5d2f/off-the-job/entries.csv")).isTrue();
        assertThat(ProviderWideReports.includes("/api/v1/audit-events")).isTrue();
        assertThat(ProviderWideReports.includes("/reports")).isFalse();
        assertThat(ProviderWideReports.includes("/reports/caseload")).isFalse();
        assertThat(ProviderWideReports.includes("/apprenticeships/5d2f/portfolio")).isFalse();
    }
}
