package waypoint.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.notification.internal.ComposedEmail;
import waypoint.notification.internal.EmailOutbox;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Waypoint as a service: health and Prometheus metrics answer on the management port and nowhere else, and every log
 * line of a request carries the request's id and the signed-in account's id, never an email address.
 */
@WaypointTest
class OperationsEndpointsTest {

    private static final String PASSWORD = "a sufficiently long password for operations";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EmailOutbox outbox;
    @Autowired
    ScheduledTaskHolder scheduledTasks;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void liveness_and_readiness_answer_on_the_management_port_with_the_database_object_store_and_mail() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);

        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"objectStore\"", "\"mail\"",
                "\"readinessState\"");
    }

    @Test
    void nothing_but_health_and_metrics_is_exposed_and_neither_is_on_the_main_port() throws Exception {
        for (String other : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/loggers",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/mappings", "/actuator/shutdown")) {
            assertThat(get(managementPort, other).statusCode()).as(other).isEqualTo(404);
        }
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus")) {
            HttpResponse<String> onMainPort = get(port, path);
            assertThat(onMainPort.statusCode()).as(path).isNotEqualTo(200);
            assertThat(onMainPort.body()).as(path).doesNotContain("\"status\":\"UP\"", "jvm_memory");
        }
    }

    @Test
    void prometheus_shows_requests_the_pool_jobs_the_outbox_emails_and_sign_in_failures() throws Exception {
        PageClient.at(port).signIn("nobody-" + UUID.randomUUID() + "@ops.test", "not the password");
        Api.at(port).post("/api/v1/auth/token", "{\"email\":\"nobody@ops.test\",\"password\":\"wrong\"}");
        outbox.send("operations-test-" + UUID.randomUUID(),
                new ComposedEmail("someone@ops.test", "Metrics", "An email the metrics count.", null));
        ScheduledTask resubmitter = scheduledTasks.getScheduledTasks().stream()
                .filter(task -> task.toString().contains("IncompletePublicationsResubmitter"))
                .findFirst().orElseThrow();
        resubmitter.getTask().getRunnable().run();

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains(
                "http_server_requests_seconds_count{",
                "hikaricp_connections_active{",
                "tasks_scheduled_execution_seconds_count{",
                "IncompletePublicationsResubmitter",
                "waypoint_outbox_incomplete{",
                "waypoint_outbox_oldest_age_seconds{",
                "waypoint_emails_total{",
                "outcome=\"captured\"",
                "waypoint_sign_in_failures_total{",
                "channel=\"page\"",
                "channel=\"api\"",
                "reason=\"bad_credentials\"");
    }

    @Test
    void a_request_s_log_line_carries_its_request_id_and_the_account_id_and_no_email_address() throws Exception {
        AccountSummary person = accounts.createWithPassword("log-" + UUID.randomUUID() + "@ops.test", "Logan Lines",
                Set.of(Role.TUTOR), PASSWORD);
        PageClient signedIn = PageClient.signedInAs(port, person.email(), PASSWORD);
        String requestId = "ops-" + UUID.randomUUID();

        ILoggingEvent line = logged(() -> {
            PageClient.Page page = signedIn.get("/account", RequestLogContext.HEADER, requestId);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header(RequestLogContext.HEADER)).isEqualTo(requestId);
        }, event -> requestId.equals(event.getMDCPropertyMap().get(RequestLogContext.REQUEST_ID)));

        assertThat(line.getFormattedMessage()).contains("GET /account 200");
        assertThat(line.getMDCPropertyMap()).containsEntry(RequestLogContext.ACCOUNT_ID, person.id().toString());
        assertThat(line.getFormattedMessage() + line.getMDCPropertyMap()).doesNotContain("@", "Logan");

        String json = inTheProductionFormat(line);
        assertThat(json).startsWith("{").contains(requestId, person.id().toString(), "GET /account 200")
                .doesNotContain("@ops.test", "Logan");
    }

    @Test
    void a_secret_in_a_path_is_logged_as_its_route_only() throws Exception {
        String secret = "s3cr3t" + UUID.randomUUID().toString().replace("-", "");

        ILoggingEvent line = logged(() -> PageClient.at(port).get("/showcase/" + secret),
                event -> event.getFormattedMessage().startsWith("GET /showcase/"));

        assertThat(line.getFormattedMessage()).startsWith("GET /showcase/{token} ").doesNotContain(secret);
    }

    /** The line as the prod profile writes it (logging.structured.format.console=ecs): one JSON object. */
    private static String inTheProductionFormat(ILoggingEvent line) {
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setFormat("ecs");
        ecs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        ecs.start();
        try {
            return new String(ecs.encode(line), StandardCharsets.UTF_8);
        } finally {
            ecs.stop();
        }
    }

    @Test
    void a_request_id_that_is_not_sensible_is_replaced_and_an_anonymous_request_has_no_account_id() throws Exception {
        ILoggingEvent line = logged(() -> PageClient.at(port).get("/sign-in", RequestLogContext.HEADER,
                "jane.smith@example.com"), event -> event.getFormattedMessage().startsWith("GET /sign-in"));
        Map<String, String> context = line.getMDCPropertyMap();
        assertThat(context.get(RequestLogContext.REQUEST_ID)).isNotBlank().doesNotContain("@");
        assertThat(context).doesNotContainKey(RequestLogContext.ACCOUNT_ID);
    }

    /** The first line of the request log that matches, once the requests are done (it is written as each ends). */
    private ILoggingEvent logged(Runnable requests, Predicate<ILoggingEvent> wanted) throws InterruptedException {
        Logger logger = (Logger) LoggerFactory.getLogger(RequestLogContext.REQUEST_LOGGER);
        Level before = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        try {
            requests.run();
            return await().atMost(Duration.ofSeconds(5))
                    .until(() -> List.copyOf(appender.list).stream().filter(wanted).findFirst(), Optional::isPresent)
                    .orElseThrow();
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
