package waypoint.enrolment.internal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The training plan's canonical text and changes, and reading a diagnostic tool's CSV export. */
class PlanTextAndDiagnosticCsvTest {

    private static final PlanHeading HEADING = new PlanHeading("Ada Lovelace", "Analytical Ltd",
            "ST0116 v1.1 Software developer (level 4)", LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 1),
            new BigDecimal("418.5"));

    private static PlanContent plan(String hours, List<Milestone> milestones) {
        return new PlanContent(new BigDecimal(hours), "2 to 3 a month by Zoom", "Wednesday", milestones,
                "Apprentice learns\nEmployer releases time", "None", "Level 2 functional skills");
    }

    @Test
    void the_canonical_text_states_every_fact_in_a_fixed_order_with_dates_written_out() {
        String text = PlanText.of(3, HEADING, plan("500", List.of(new Milestone("Basics", LocalDate.of(2025, 12, 1),
                List.of("K1", "S1")))));

        assertThat(text).isEqualTo("""
                Training plan (Individual Learning Plan)
                Version: 3
                Apprentice: Ada Lovelace
                Employer: Analytical Ltd
                Standard: ST0116 v1.1 Software developer (level 4)
                Practical period: 2 June 2025 to 1 December 2026
                Minimum off-the-job hours: 418.5 hours
                Planned off-the-job hours: 500.0 hours
                Teaching sessions: 2 to 3 a month by Zoom
                Study days: Wednesday
                Milestone 1: Basics; target 1 December 2025; KSBs K1, S1
                Roles and responsibilities:
                  Apprentice learns
                  Employer releases time
                Support needs: None
                English and maths plan: Level 2 functional skills
                Functional skills planned: none
                """);
    }

    @Test
    void the_changes_name_each_changed_fact_and_added_or_removed_milestones() {
        Milestone basics = new Milestone("Basics", LocalDate.of(2025, 12, 1), List.of("K1"));
        Milestone gateway = new Milestone("Gateway", LocalDate.of(2026, 10, 1), List.of("B1"));

        List<String> changes = PlanChanges.between(HEADING, plan("500", List.of(basics)), HEADING,
                plan("520", List.of(basics, gateway)));

        assertThat(changes).containsExactly(
                "Planned off-the-job hours changed from “500.0 hours” to “520.0 hours”",
                "Milestone 2 added: Gateway; target 1 October 2026; KSBs B1");
        assertThat(PlanChanges.between(HEADING, plan("500", List.of(basics)), HEADING, plan("500", List.of())))
                .containsExactly("Milestone 1 removed: Basics; target 1 December 2025; KSBs K1");
    }

    @Test
    void a_diagnostic_export_gives_this_learners_rows_and_skips_others() {
        DiagnosticCsv.Reading reading = DiagnosticCsv.read(csv("""
                Learner,ULN,Subject,Assessment,Result,Date
                "Lovelace, Ada",1000000043,English,Initial,Level 1,20/05/2025
                "Lovelace, Ada",1000000043,Mathematics,Diagnostic,Entry Level 3,2025-05-21
                Someone Else,1234567899,English,Initial,Level 2,20/05/2025
                """), "1000000043");

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.skipped()).isEqualTo(1);
        assertThat(reading.rows()).containsExactly(
                new DiagnosticCsv.Row(Subject.ENGLISH, "INITIAL", "Level 1", LocalDate.of(2025, 5, 20)),
                new DiagnosticCsv.Row(Subject.MATHS, "DIAGNOSTIC", "Entry Level 3", LocalDate.of(2025, 5, 21)));
    }

    @Test
    void every_wrong_row_is_reported_with_its_line_number() {
        DiagnosticCsv.Reading reading = DiagnosticCsv.read(csv("""
                ULN,Subject,Assessment,Result,Date
                1000000043,Science,Initial,Level 1,20/05/2025
                1000000043,English,Final,,31/02/2025
                """), "1000000043");

        assertThat(reading.errors()).containsExactly(
                "Line 2: the subject must be English or Maths",
                "Line 3: the assessment must be Initial or Diagnostic; the result must be given, in 100 characters"
                        + " or fewer; the date must be a real date, like 27/03/2026");
    }

    @Test
    void a_file_without_the_columns_says_which_are_missing() {
        assertThat(DiagnosticCsv.read(csv("Name,Score\nAda,40\n"), "1000000043").errors())
                .containsExactly("The first line must name the columns ULN, Subject, Assessment, Result and Date;"
                        + " missing: uln, subject, assessment, result, date");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
