package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** A failure nobody foresaw is still a problem the caller can read, without our internals in it. */
class ApiFailureHandlerTest {

    @Test
    void an_unexpected_failure_in_an_api_handler_is_a_500_problem_that_names_no_internals() throws Exception {
        ProblemDetail problem = new ApiFailureHandler().unexpected(new IllegalStateException("column x of relation y"),
                new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/standards")));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getTitle()).isEqualTo("Internal Server Error");
        assertThat(problem.getDetail()).contains("went wrong on our side").doesNotContain("relation");
    }
}
