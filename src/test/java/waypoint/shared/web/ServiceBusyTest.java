package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A saturated database pool is "busy, try again" (503 with Retry-After), never a 500: the request was fine. */
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
}
