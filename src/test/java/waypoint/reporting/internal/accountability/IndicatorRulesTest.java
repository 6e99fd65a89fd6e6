package waypoint.reporting.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.enrolment.ApprenticeshipStatus.BREAK_IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.COMPLETED;
import static waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT;
import static waypoint.enrolment.ApprenticeshipStatus.GATEWAY;
import static waypoint.enrolment.ApprenticeshipStatus.IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;

/**
 * Each indicator against a small cohort worked out by hand (docs/domain/accountability.md), for the year 2025 to 2026
 * read after it ended. The cohort: A achieved on time, B achieved late, C withdrawn, D on a break, E past the planned
 * end, F withdrawn within the qualifying period, G withdrawn after the gateway, H achieved the year before, I in
 * learning with its planned end to come.
 */
class IndicatorRulesTest {

    static final AcademicYear YEAR = new AcademicYear(2025);
    static final LocalDate AFTER_THE_YEAR = LocalDate.of(2026, 12, 10);

    static ApprenticeshipFact fact(String name, ApprenticeshipStatus status, String start, String plannedEnd,
            String learningEnded, String achieved, String withdrawn, ApprenticeshipStatus withdrawnFrom,
            List<ApprenticeshipFact.Break> breaks) {
        return new ApprenticeshipFact(new ApprenticeshipId(UUID.nameUUIDFromBytes(name.getBytes())), name, "ST0116",
                "Test standard", 3, false, null, "Tutor", null, "Employer", LocalDate.of(2000, 1, 1), date(start),
                date(plannedEnd), status, date(learningEnded), date(achieved), date(withdrawn), withdrawnFrom, breaks,
                true, null, null);
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static final ApprenticeshipFact A = fact("A achieved on time", COMPLETED, "2024-09-01", "2026-03-01",
            "2026-03-01", "2026-05-01", null, null, List.of());
    static final ApprenticeshipFact B = fact("B achieved late", COMPLETED, "2024-06-01", "2025-12-01", "2026-04-01",
            "2026-06-15", null, null, List.of());
    static final ApprenticeshipFact C = fact("C withdrawn", WITHDRAWN, "2025-01-10", "2026-07-10", "2025-11-20", null,
            "2025-11-20", IN_LEARNING, List.of());
    static final ApprenticeshipFact D = fact("D on a break", BREAK_IN_LEARNING, "2024-10-01", "2026-04-01", null,
            null, null, null, List.of(new ApprenticeshipFact.Break(LocalDate.of(2026, 2, 1), null)));
    static final ApprenticeshipFact E = fact("E past the planned end", IN_LEARNING, "2024-08-01", "2026-01-15", null,
            null, null, null, List.of());
    static final ApprenticeshipFact F = fact("F withdrawn in the qualifying period", WITHDRAWN, "2025-09-01",
            "2027-03-01", "2025-09-20", null, "2025-09-20", IN_LEARNING, List.of());
    static final ApprenticeshipFact G = fact("G withdrawn after the gateway", WITHDRAWN, "2024-05-01", "2025-11-01",
            "2025-11-01", null, "2026-02-01", END_POINT_ASSESSMENT, List.of());
    static final ApprenticeshipFact H = fact("H achieved the year before", COMPLETED, "2023-11-01", "2025-05-01",
            "2025-05-01", "2025-07-01", null, null, List.of());
    static final ApprenticeshipFact I = fact("I in learning", IN_LEARNING, "2025-10-01", "2027-01-01", null, null, null,
            null, List.of());

    static final List<ApprenticeshipFact> COHORT = List.of(A, B, C, D, E, F, G, H, I);

    static List<String> numerator(Figure f) {
        return f.counted().stream().filter(Figure.Counted::inNumerator).map(c -> c.fact().learnerName()).toList();
    }

    static List<String> counted(Figure f) {
        return f.counted().stream().map(c -> c.fact().learnerName()).toList();
    }

    @Test
    void the_achievement_rate_counts_the_leavers_whose_later_end_falls_in_the_year_and_those_who_achieved() {
        Figure f = IndicatorRules.measure(Indicator.ACHIEVEMENT, COHORT, YEAR, AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactly(A.learnerName(), B.learnerName(), C.learnerName(), G.learnerName());
        assertThat(numerator(f)).containsExactly(A.learnerName(), B.learnerName());
        assertThat(f.text()).isEqualTo("50%");
    }

    @Test
    void the_retention_rate_counts_as_retained_those_who_finished_learning_even_if_they_left_in_assessment() {
        Figure f = IndicatorRules.measure(Indicator.RETENTION, COHORT, YEAR, AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactly(A.learnerName(), B.learnerName(), C.learnerName(), G.learnerName());
        assertThat(numerator(f)).containsExactly(A.learnerName(), B.learnerName(), G.learnerName());
        assertThat(f.text()).isEqualTo("75%");
    }

    @Test
    void the_timely_achievement_rate_counts_planned_ends_in_the_year_and_achievements_within_90_days_of_them() {
        Figure f = IndicatorRules.measure(Indicator.TIMELY_ACHIEVEMENT, COHORT, YEAR, AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactly(A.learnerName(), B.learnerName(), C.learnerName(), D.learnerName(),
                E.learnerName(), G.learnerName());
        assertThat(numerator(f)).containsExactly(A.learnerName());
        assertThat(f.text()).isEqualTo("16.7%");
    }

    @Test
    void an_apprentice_still_within_90_days_of_the_planned_end_is_not_yet_counted_for_timely_achievement() {
        LocalDate tenDaysAfterDsPlannedEnd = LocalDate.of(2026, 4, 11);

        Figure f = IndicatorRules.measure(Indicator.TIMELY_ACHIEVEMENT, List.of(D), YEAR, tenDaysAfterDsPlannedEnd);

        assertThat(f.hasCohort()).isFalse();
        assertThat(f.text()).isEqualTo("No apprenticeships counted");
    }

    @Test
    void withdrawals_are_those_withdrawn_in_the_year_of_everyone_in_learning_during_it() {
        Figure f = IndicatorRules.measure(Indicator.WITHDRAWALS, COHORT, YEAR, AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactlyInAnyOrder(A.learnerName(), B.learnerName(), C.learnerName(),
                D.learnerName(), E.learnerName(), G.learnerName(), I.learnerName());
        assertThat(numerator(f)).containsExactlyInAnyOrder(C.learnerName(), G.learnerName());
        assertThat(f.text()).isEqualTo("28.6%");
    }

    @Test
    void past_the_planned_end_counts_those_still_learning_at_the_year_end_180_days_or_more_past_it() {
        Figure f = IndicatorRules.measure(Indicator.PAST_PLANNED_END, COHORT, YEAR, AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactly(E.learnerName(), I.learnerName());
        assertThat(numerator(f)).containsExactly(E.learnerName());
        assertThat(IndicatorRules.pastPlannedEndBands(COHORT, YEAR, AFTER_THE_YEAR))
                .isEqualTo(new IndicatorRules.PastPlannedEnd(0, 0, 1));
    }

    @Test
    void the_bands_of_past_the_planned_end_part_at_90_and_180_days() {
        LocalDate day = LocalDate.of(2026, 7, 31);
        List<ApprenticeshipFact> three = List.of(
                fact("89 days", IN_LEARNING, "2024-01-01", day.minusDays(89).toString(), null, null, null, null, List.of()),
                fact("90 days", IN_LEARNING, "2024-01-01", day.minusDays(90).toString(), null, null, null, null, List.of()),
                fact("179 days", IN_LEARNING, "2024-01-01", day.minusDays(179).toString(), null, null, null, null, List.of()),
                fact("180 days", IN_LEARNING, "2024-01-01", day.minusDays(180).toString(), null, null, null, null, List.of()));

        assertThat(IndicatorRules.pastPlannedEndBands(three, YEAR, AFTER_THE_YEAR))
                .isEqualTo(new IndicatorRules.PastPlannedEnd(1, 2, 1));
        assertThat(numerator(IndicatorRules.measure(Indicator.PAST_PLANNED_END, three, YEAR, AFTER_THE_YEAR)))
                .containsExactly("180 days");
    }

    @Test
    void breaks_in_learning_count_those_on_a_break_at_the_year_end_of_those_learning_or_on_a_break() {
        Figure f = IndicatorRules.measure(Indicator.BREAKS, COHORT, YEAR, AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactly(D.learnerName(), E.learnerName(), I.learnerName());
        assertThat(numerator(f)).containsExactly(D.learnerName());
    }

    @Test
    void off_the_job_counts_plans_below_the_minimum_and_leaves_out_those_whose_hours_are_not_known() {
        ApprenticeshipFact below = withHours(E, "300", "326");
        ApprenticeshipFact enough = withHours(I, "400", "326");
        ApprenticeshipFact unknown = withHours(fact("unknown", IN_LEARNING, "2025-09-01", "2027-03-01", null, null,
                null, null, List.of()), null, "326");

        Figure f = IndicatorRules.measure(Indicator.OFF_THE_JOB, List.of(below, enough, unknown), YEAR, AFTER_THE_YEAR);

        assertThat(numerator(f)).containsExactly(E.learnerName());
        assertThat(f.denominator()).isEqualTo(2);
        assertThat(f.unknown()).isEqualTo(1);
    }

    @Test
    void the_assessment_organisation_indicator_counts_those_within_3_months_of_the_planned_end_with_none_recorded() {
        ApprenticeshipFact none = withoutAssessmentOrganisation(E);
        ApprenticeshipFact farOff = withoutAssessmentOrganisation(I);

        Figure f = IndicatorRules.measure(Indicator.ASSESSMENT_ORGANISATION, List.of(none, farOff), YEAR,
                AFTER_THE_YEAR);

        assertThat(counted(f)).containsExactly(E.learnerName());
        assertThat(numerator(f)).containsExactly(E.learnerName());
    }

    @Test
    void a_foundation_apprenticeship_is_left_out_of_the_achievement_rates_from_2025_to_2026() {
        ApprenticeshipFact foundation = new ApprenticeshipFact(new ApprenticeshipId(UUID.randomUUID()), "foundation",
                "FA0001", null, 2, true, null, null, null, null, null, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 3, 1), COMPLETED, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), null, null,
                List.of(), true, null, null);

        assertThat(IndicatorRules.measure(Indicator.ACHIEVEMENT, List.of(foundation), YEAR, AFTER_THE_YEAR)
                .hasCohort()).isFalse();
        assertThat(IndicatorRules.measure(Indicator.WITHDRAWALS, List.of(foundation), YEAR, AFTER_THE_YEAR)
                .hasCohort()).isTrue();
    }

    @Test
    void a_year_still_running_is_counted_up_to_today() {
        LocalDate midYear = LocalDate.of(2026, 3, 15);

        Figure f = IndicatorRules.measure(Indicator.ACHIEVEMENT, COHORT, YEAR, midYear);

        // A and B have not achieved by then; C's planned end (July) is still to come; G left on 1 February
        assertThat(counted(f)).containsExactly(G.learnerName());
    }

    @Test
    void the_forecast_counts_the_leavers_so_far_and_those_due_by_their_status() {
        AcademicYear year = new AcademicYear(2026);
        LocalDate today = LocalDate.of(2026, 12, 10);
        List<ApprenticeshipFact> cohort = List.of(
                fact("left achieved", COMPLETED, "2025-06-01", "2026-11-01", "2026-11-01", "2026-12-01", null, null,
                        List.of()),
                fact("left withdrawn", WITHDRAWN, "2025-06-01", "2026-09-01", null, null, "2026-10-01", IN_LEARNING,
                        List.of()),
                fact("at the gateway", GATEWAY, "2025-06-01", "2026-12-01", "2026-12-01", null, null, null, List.of()),
                fact("due in learning", IN_LEARNING, "2025-06-01", "2027-05-01", null, null, null, null, List.of()),
                fact("long past the planned end", IN_LEARNING, "2024-06-01", "2026-08-01", null, null, null, null,
                        List.of()),
                fact("on a break", BREAK_IN_LEARNING, "2025-06-01", "2027-05-01", null, null, null, null,
                        List.of(new ApprenticeshipFact.Break(LocalDate.of(2026, 10, 1), null))),
                fact("due next year", IN_LEARNING, "2026-01-01", "2027-09-01", null, null, null, null, List.of()));

        Forecast forecast = Forecast.of(cohort, year, today);

        assertThat(forecast.left()).isEqualTo(2);
        assertThat(forecast.achieved()).isEqualTo(1);
        assertThat(forecast.due()).isEqualTo(3);
        assertThat(forecast.dueExpectedToAchieve()).isEqualTo(2);
        assertThat(forecast.lowest()).isEqualByComparingTo("20.0");
        assertThat(forecast.expected()).isEqualByComparingTo("60.0");
        assertThat(forecast.highest()).isEqualByComparingTo("80.0");
    }

    static ApprenticeshipFact withHours(ApprenticeshipFact f, String planned, String minimum) {
        return new ApprenticeshipFact(f.id(), f.learnerName(), f.standardReference(), f.standardTitle(), f.level(),
                f.foundation(), f.tutorId(), f.tutorName(), f.employerId(), f.employerName(), f.dateOfBirth(),
                f.start(), f.plannedEnd(), f.status(), f.learningEnded(), f.achieved(), f.withdrawn(),
                f.withdrawnFrom(), f.breaks(), f.assessmentOrganisationRecorded(),
                planned == null ? null : new BigDecimal(planned), minimum == null ? null : new BigDecimal(minimum));
    }

    static ApprenticeshipFact withoutAssessmentOrganisation(ApprenticeshipFact f) {
        return new ApprenticeshipFact(f.id(), f.learnerName(), f.standardReference(), f.standardTitle(), f.level(),
                f.foundation(), f.tutorId(), f.tutorName(), f.employerId(), f.employerName(), f.dateOfBirth(),
                f.start(), f.plannedEnd(), f.status(), f.learningEnded(), f.achieved(), f.withdrawn(),
                f.withdrawnFrom(), f.breaks(), false, f.plannedOtjHours(), f.minimumOtjHours());
    }

    /** The same apprentice on each programme type: {@code foundation} and {@code unit} as the catalogue gives them. */
    static ApprenticeshipFact ofType(ApprenticeshipFact f, boolean foundation, boolean unit) {
        return new ApprenticeshipFact(f.id(), f.learnerName(), f.standardReference(), f.standardTitle(), f.level(),
                foundation, f.tutorId(), f.tutorName(), f.employerId(), f.employerName(), f.dateOfBirth(), f.start(),
                f.plannedEnd(), f.status(), f.learningEnded(), f.achieved(), f.withdrawn(), f.withdrawnFrom(),
                f.breaks(), f.assessmentOrganisationRecorded(), f.plannedOtjHours(), f.minimumOtjHours(), unit);
    }

    @Test
    void each_indicator_counts_or_leaves_out_foundation_apprenticeships_and_units_as_the_dfe_method_says() {
        // achieved in 2025 to 2026, on time
        ApprenticeshipFact achieved = fact("achieved", COMPLETED, "2025-09-01", "2026-03-01", "2026-03-01",
                "2026-03-20", null, null, List.of());
        // still learning, its planned end within 90 days of 31 July 2026, no assessment organisation recorded
        ApprenticeshipFact nearTheEnd = withoutAssessmentOrganisation(fact("near the end", IN_LEARNING, "2026-05-01",
                "2026-08-15", null, null, null, null, List.of()));
        record Case(String type, boolean foundation, boolean unit, ApprenticeshipFact fact, Indicator indicator,
                boolean counted) {
        }
        List<Case> cases = List.of(
                new Case("standard", false, false, achieved, Indicator.ACHIEVEMENT, true),
                new Case("standard", false, false, achieved, Indicator.TIMELY_ACHIEVEMENT, true),
                new Case("standard", false, false, achieved, Indicator.RETENTION, true),
                new Case("standard", false, false, nearTheEnd, Indicator.ASSESSMENT_ORGANISATION, true),
                // foundation apprenticeships: out of the achievement rates from 2025 to 2026, in everything else
                new Case("foundation", true, false, achieved, Indicator.ACHIEVEMENT, false),
                new Case("foundation", true, false, achieved, Indicator.TIMELY_ACHIEVEMENT, false),
                new Case("foundation", true, false, achieved, Indicator.RETENTION, false),
                new Case("foundation", true, false, achieved, Indicator.WITHDRAWALS, true),
                new Case("foundation", true, false, nearTheEnd, Indicator.ASSESSMENT_ORGANISATION, true),
                new Case("foundation", true, false, nearTheEnd, Indicator.PAST_PLANNED_END, true),
                // apprenticeship units: counted in the rates, but have no assessment organisation to record
                new Case("unit", false, true, achieved, Indicator.ACHIEVEMENT, true),
                new Case("unit", false, true, achieved, Indicator.RETENTION, true),
                new Case("unit", false, true, achieved, Indicator.WITHDRAWALS, true),
                new Case("unit", false, true, nearTheEnd, Indicator.ASSESSMENT_ORGANISATION, false),
                new Case("unit", false, true, nearTheEnd, Indicator.PAST_PLANNED_END, true));
        for (Case c : cases) {
            Figure f = IndicatorRules.measure(c.indicator(), List.of(ofType(c.fact(), c.foundation(), c.unit())),
                    YEAR, AFTER_THE_YEAR);
            assertThat(f.hasCohort()).as(c.type() + ", " + c.indicator() + ", " + c.fact().learnerName())
                    .isEqualTo(c.counted());
        }
        // the forecast of the achievement rate leaves the foundation apprenticeship out too
        ApprenticeshipFact due = fact("due", IN_LEARNING, "2025-09-01", "2026-06-01", null, null, null, null,
                List.of());
        assertThat(Forecast.of(List.of(ofType(due, true, false), ofType(achieved, true, false)), YEAR,
                LocalDate.of(2026, 5, 1)).cohort()).isZero();
        assertThat(Forecast.of(List.of(ofType(due, false, true), ofType(achieved, false, true)), YEAR,
                LocalDate.of(2026, 5, 1)).cohort()).isEqualTo(2);
    }
}
