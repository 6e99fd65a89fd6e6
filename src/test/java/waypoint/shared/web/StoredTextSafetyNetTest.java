package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/** What PostgreSQL refuses as too long or as holding a NUL is traced to the answers that carried it. */
class StoredTextSafetyNetTest {

    final StoredTextSafetyNet.Translator translator = new StoredTextSafetyNet.Translator(
            new SQLStateSQLExceptionTranslator(),
            new StaticListableBeanFactory(Map.of("json", JsonMapper.builder().build())).getBeanProvider(JsonMapper.class));

    static final SQLException TOO_LONG = new SQLException("ERROR: value too long for type character varying(10)", "22001");
    static final SQLException NUL = new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");

    record Body(String title, List<Step> steps) {
    }

    record Step(String text) {
    }

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static MockHttpServletRequest during(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    @Test
    void a_form_answer_longer_than_its_column_is_a_field_error_on_that_answer_with_the_limit() {
        MockHttpServletRequest request = during(new MockHttpServletRequest("POST", "/employers/new"));
        request.addParameter("name", "Short");
        request.addParameter("town", "A town with a long name");

        assertThatThrownBy(() -> translator.translate("update", "INSERT", TOO_LONG))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(Map.entry("town", "Enter 10 characters or fewer")));
    }

    @Test
    void a_member_of_an_api_body_holding_a_nul_is_a_field_error_on_that_member() {
        MockHttpServletRequest request = during(new MockHttpServletRequest("POST", "/api/v1/things"));
        request.setAttribute(StoredTextSafetyNet.BODY, new Body("Fine", List.of(new Step("ok"), new Step("bad\u0000"))));

        assertThatThrownBy(() -> translator.translate("update", "INSERT", NUL))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(Map.entry("steps[1].text", StoredText.NUL_MESSAGE)));
    }

    @Test
    void outside_a_request_the_database_error_stands() {
        DataAccessException translated = translator.translate("update", "INSERT", TOO_LONG);

        assertThat(translated).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void other_database_errors_are_translated_as_before() {
        during(new MockHttpServletRequest("POST", "/employers/new")).addParameter("name", "x\u0000");

        assertThat(translator.translate("update", "INSERT", new SQLException("duplicate key", "23505")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
