package waypoint.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditRowTest {

    @ParameterizedTest(name = "{0} reads ''{1}''")
    @CsvSource({"CREATED, Created", "SIGN_IN_FAILED, Sign in failed", "VIEWED, Viewed"})
    void actions_read_as_words(String action, String words) {
        assertThat(AuditRow.label(action)).isEqualTo(words);
    }
}
