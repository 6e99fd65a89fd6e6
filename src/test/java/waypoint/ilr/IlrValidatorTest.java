package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.ilr.IlrLearners.apprentice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The validator as a whole: a valid apprentice passes, findings read in plain words, rules across learners. */
class IlrValidatorTest {

    final IlrValidator validator = IlrValidator.forYear(IlrLearners.YEAR, IlrLearners.reference());

    @Test
    void the_valid_apprentice_raises_no_error_and_no_warning() {
        assertThat(validator.check(apprentice().build())).isEmpty();
    }

    @Test
    void a_completed_and_a_withdrawn_apprentice_raise_no_error_either() {
        assertThat(validator.check(apprentice().programmeAim(a -> a.startedOn(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 10, 31))
                .completed(LocalDate.of(2025, 10, 1))).build()))
                .filteredOn(IlrFinding::isError).isEmpty();
        assertThat(validator.check(apprentice().with(l -> l.learnRefNumber = "WP0000000002")
                .programmeAim(a -> a.withdrawn(LocalDate.of(2025, 12, 1))).build()))
                .filteredOn(IlrFinding::isError).isEmpty();
    }

    @Test
    void at_least_a_hundred_official_rules_are_checked() {
        assertThat(validator.ruleNames()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void a_finding_names_the_official_rule_the_learner_the_field_and_where_it_is_put_right() {
        List<IlrFinding> findings = validator.check(apprentice().with(l -> l.uln = 1000000063L).build());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ULN_04");
            assertThat(f.severity()).isEqualTo(IlrRuleBook.Severity.ERROR);
            assertThat(f.learnRefNumber()).isEqualTo("WP0000000001");
            assertThat(f.field()).isEqualTo("ULN");
            assertThat(f.fix()).isEqualTo(IlrFix.LEARNER_DETAILS);
            assertThat(f.message()).contains("ULN").doesNotContain("ULN_04");
        });
    }

    @Test
    void a_learner_reference_number_or_a_uln_used_twice_is_found_once_every_learner_is_checked() {
        validator.check(apprentice().build());
        validator.check(apprentice().build());
        validator.check(apprentice().with(l -> {
            l.learnRefNumber = "WP0000000003";
            l.uln = 1234567899L;
        }).build());

        assertThat(validator.finish()).extracting(IlrFinding::rule, IlrFinding::learnRefNumber)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("R_06", "WP0000000001"),
                        org.assertj.core.groups.Tuple.tuple("R_59", "WP0000000001"));
    }

    @Test
    void a_file_without_learners_is_found() {
        assertThat(validator.finish()).extracting(IlrFinding::rule).containsExactly("Entity_1");
    }

    @Test
    void the_header_and_the_file_name_are_checked() {
        IlrFileHeader header = new IlrFileHeader(IlrLearners.YEAR, IlrLearners.UKPRN, IlrLearners.PREPARED_ON,
                LocalDateTime.of(2026, 1, 15, 9, 30), "01", "Waypoint", "Waypoint", "1");

        assertThat(validator.checkHeader(header)).isEmpty();
        assertThat(validator.checkFileName("ILR-10012345-2526-20260115-093000-01.XML", header)).isEmpty();
        assertThat(validator.checkFileName("ILR-10099999-2425-20260115-093000-00.XML", header))
                .extracting(IlrFinding::rule).containsExactlyInAnyOrder("Header_3", "Filename_4", "Filename_6");
    }
}
