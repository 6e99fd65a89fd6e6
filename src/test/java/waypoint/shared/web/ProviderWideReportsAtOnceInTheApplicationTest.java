package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * In the running application (the test settings: one report at a time, a short wait): while a provider-wide report
 * holds the one turn, a head of delivery asking for another report is asked to try again in a minute, on the page and
 * in the API, and the everyday pages are answered; once it is written, the report is answered.
 */
@WaypointTest
class ProviderWideReportsAtOnceInTheApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProviderWideReportsAtOnce reportsAtOnce;
    @Autowired
    JdbcClient jdbc;

    @Test
    void while_a_report_is_prepared_another_is_asked_to_try_again_and_the_everyday_pages_are_answered()
            throws Exception {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        Api api = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        assertThat(reportsAtOnce.atOnce()).isEqualTo(1);
        CountDownLatch preparing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService elsewhere = Executors.newSingleThreadExecutor();
        try {
            Future<?> report = elsewhere.submit(() -> {
                reportsAtOnce.doFilter(new MockHttpServletRequest("GET", "/reports/caseload/overview.csv"),
                        new MockHttpServletResponse(), (req, res) -> {
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

            PageClient.Page page = head.get("/accountability", "Referer", "http://localhost:" + port + "/reports");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("60");
            assertThat(page.text()).contains("Many reports are being prepared at the moment", "Try again in a minute.",
                    "Go back to the page you were on");
            Api.Response call = api.get("/api/v1/accountability");
            assertThat(call.status()).isEqualTo(503);
            assertThat(call.header("Retry-After")).isEqualTo("60");
            assertThat(call.contentType()).startsWith("application/problem+json");
            assertThat(call.json().get("detail").asString())
                    .isEqualTo("Many reports are being prepared at the moment. Try again in a minute.");
            assertThat(head.get("/").status()).as("the home page meanwhile").isEqualTo(200);
            assertThat(head.get("/reports").status()).as("the reports' start page meanwhile").isEqualTo(200);

            finish.countDown();
            report.get();
        } finally {
            finish.countDown();
            elsewhere.shutdownNow();
        }
        assertThat(head.get("/accountability").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/accountability").status()).isEqualTo(200);
    }

    @Test
    void a_report_s_queries_run_without_parallel_workers_and_everything_else_s_as_the_database_says()
            throws Exception {
        String everyday = parallelWorkers();
        AtomicReference<String> inTheReport = new AtomicReference<>();
        AtomicReference<String> inAForm = new AtomicReference<>();

        reportsAtOnce.doFilter(new MockHttpServletRequest("GET", "/reports/caseload/overview.csv"),
                new MockHttpServletResponse(), (req, res) -> inTheReport.set(parallelWorkers()));
        reportsAtOnce.doFilter(new MockHttpServletRequest("POST", "/reports/caseload/overview.csv"),
                new MockHttpServletResponse(), (req, res) -> inAForm.set(parallelWorkers()));

        assertThat(inTheReport.get()).isEqualTo("0");
        assertThat(everyday).as("PostgreSQL's own default").isEqualTo("2");
        assertThat(inAForm.get()).isEqualTo(everyday);
        assertThat(parallelWorkers()).as("after the report, on the same thread").isEqualTo(everyday);
    }

    private String parallelWorkers() {
        return jdbc.sql("SHOW max_parallel_workers_per_gather").query(String.class).single();
    }
}
