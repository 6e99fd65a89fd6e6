package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The official validation rules of 2025-26, as published, with the deleted ones left out. */
class IlrRuleBookTest {

    final IlrRuleBook rules = IlrRuleBook.of(IlrYear.named("2025-26"));

    @Test
    void every_rule_in_force_with_an_error_or_warning_severity_is_read() {
        assertThat(rules.size()).isBetween(800, 881);
    }

    @Test
    void a_rule_reads_as_the_department_publishes_it() {
        IlrRuleBook.Rule rule = rules.require("PHours_08");

        assertThat(rule.category()).isEqualTo("Learning delivery");
        assertThat(rule.severity()).isEqualTo(IlrRuleBook.Severity.ERROR);
        assertThat(rule.message()).isEqualTo("Planned hours must not be less than 187 hours");
        assertThat(rules.require("ULN_03").severity()).isEqualTo(IlrRuleBook.Severity.WARNING);
    }

    @Test
    void a_rule_the_department_does_not_publish_is_refused_by_name() {
        assertThatThrownBy(() -> rules.require("PHours_99"))
                .hasMessage("The ILR 2025-26 validation rules have no rule PHours_99");
        assertThatThrownBy(() -> IlrRuleBook.of(IlrYear.named("2019-20")))
                .hasMessage("No validation rules are shipped for 2019-20");
    }
}
