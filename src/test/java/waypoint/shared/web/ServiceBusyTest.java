package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A saturated database pool is "busy, try again", and a database that went away for a moment (restarted, failed over)
 * is "unavailable, try again": both 503 with Retry-After, never a 500, since the request was fine.
 */
class ServiceBusyTest {

    final ServiceBusyFilter filter = new ServiceBusyFilter();

    static ServletException poolTimedOut() {
        return new ServletException("Request processing failed", new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLTransientConnectionException("request timed out")));
    }

    @Test
    void a_page_asked_for_while_the_pool_is_exhausted_gets_the_busy_page_with_a_time_to_retry() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/off-the-job/caseload"), response, (req, res) -> {
            throw poolTimedOut();
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("<h1 class=\"govuk-heading-l\">Sorry, the service is busy")
                .contains("Nothing you had saved has");
    }

    @Test
    void the_busy_and_the_unavailable_pages_are_one_static_page_with_their_own_heading_and_words() {
        String busy = new String(ServiceBusyFilter.BUSY.page(), java.nio.charset.StandardCharsets.UTF_8);
        String unavailable = new String(ServiceBusyFilter.UNAVAILABLE.page(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(busy).contains("<title>Sorry, the service is busy – Waypoint</title>")
                .contains("<p class=\"govuk-body\">Try again in a few seconds.</p>").doesNotContain("{");
        assertThat(unavailable).contains("<title>Sorry, the service is unavailable – Waypoint</title>")
                .contains("check whether it is there before you enter it again").doesNotContain("{");
        // the same page around the words: the GOV.UK header, the skip link, the stylesheet
        assertThat(busy.substring(0, busy.indexOf("<title>")))
                .isEqualTo(unavailable.substring(0, unavailable.indexOf("<title>")));
        assertThat(busy.substring(busy.indexOf("</title>"), busy.indexOf("<h1")))
                .isEqualTo(unavailable.substring(unavailable.indexOf("</title>"), unavailable.indexOf("<h1")));
    }

    @Test
    void an_api_call_while_the_pool_is_exhausted_gets_a_503_problem_with_a_time_to_retry() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/apprenticeships"), response, (req, res) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"Service busy\"", "\"status\":503");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void any_other_failure_is_left_to_the_error_handling_it_already_has() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"),
                new MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalStateException("a bug");
                })).isInstanceOf(IllegalStateException.class);
    }

    /** What the driver says when PostgreSQL is restarted under a pooled connection (SQLSTATE 57P01). */
    static DataAccessResourceFailureException connectionEndedByARestart() {
        return new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }

    /** What the pool says when it cannot open a connection because nothing listens (SQLSTATE 08001). */
    static CannotGetJdbcConnectionException databaseNotListening() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("waypoint - Connection is not available, request timed out",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
    }

    @Test
    void an_api_call_whose_database_connection_was_ended_by_a_restart_gets_a_503_problem_with_a_time_to_retry()
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/message-threads"), response, (req, res) -> {
            throw connectionEndedByARestart();
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"Service unavailable\"", "\"status\":503",
                "try again in a few seconds").doesNotContain("57P01", "administrator");
    }

    @Test
    void a_page_asked_for_while_the_database_is_not_listening_gets_the_unavailable_page_with_a_time_to_retry()
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/account"), response, (req, res) -> {
            throw new ServletException("Request processing failed", databaseNotListening());
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString())
                .contains("<h1 class=\"govuk-heading-l\">Sorry, the service is unavailable")
                .contains("Anything you saved before is kept");
    }

    @Test
    void the_api_s_last_resort_handler_leaves_a_lost_database_and_a_full_pool_to_the_503_answer() {
        ApiFailureHandler handler = new ApiFailureHandler();
        var request = new org.springframework.web.context.request.ServletWebRequest(
                new MockHttpServletRequest("GET", "/api/v1/message-threads"));

        assertThatThrownBy(() -> handler.unexpected(connectionEndedByARestart(), request))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThatThrownBy(() -> handler.unexpected(databaseNotListening(), request))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThatThrownBy(() -> handler.unexpected((Exception) poolTimedOut().getCause(), request))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
    }

    @Test
    void a_database_error_that_is_not_about_reaching_it_is_still_a_failure_of_ours() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"),
                new MockHttpServletResponse(), (req, res) -> {
                    throw new org.springframework.dao.DataIntegrityViolationException("duplicate key",
                            new SQLException("duplicate key value violates unique constraint", "23505"));
                })).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void a_write_whose_rollback_failed_because_the_restart_had_closed_its_connection_gets_a_503_too()
            throws Exception {
        // what the faults benchmark met: the pool closed the broken connection, so the rollback failed as well
        org.springframework.transaction.TransactionSystemException rollbackFailed =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(connectionEndedByARestart());
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/message-threads"), response, (req, res) -> {
            throw rollbackFailed;
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThatThrownBy(() -> new ApiFailureHandler().unexpected(rollbackFailed,
                new org.springframework.web.context.request.ServletWebRequest(
                        new MockHttpServletRequest("POST", "/api/v1/message-threads"))))
                .isSameAs(rollbackFailed);
    }

    @Test
    void a_commit_lost_with_its_connection_whose_rollback_then_failed_gets_a_503_too() throws Exception {
        // the commit's own failure is only logged; what is thrown is the rollback on the connection the pool closed
        org.springframework.transaction.TransactionSystemException rollbackFailed =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new SQLException("Connection is closed"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/message-threads"), response, (req, res) -> {
            throw rollbackFailed;
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }
}
