package waypoint.reporting.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.time.GovUkDates;
import waypoint.support.TestClock;

/**
 * The kept figures are the figures the rules give (docs/domain/accountability.md, "When the figures are
 * calculated"): for the hand-worked cohort of {@link IndicatorRulesTest}, every indicator of every year offered, for
 * the whole provider and for each group of each breakdown, is the figure {@link IndicatorRules} works out over the
 * same apprenticeships, and the apprenticeships marked as counted are exactly those the figure counts. And the figures
 * are called out of date once a scheduled calculation was due and has not replaced them.
 */
class SnapshotCalculationTest {

    private static final LocalDate TODAY = IndicatorRulesTest.AFTER_THE_YEAR;

    /** The hand-worked cohort over two tutors and two employers, so the breakdowns have more than one group. */
    private static List<ApprenticeshipFact> cohort() {
        List<ApprenticeshipFact> facts = new ArrayList<>();
        UUID[] tutors = {UUID.randomUUID(), UUID.randomUUID()};
        int n = 0;
        for (ApprenticeshipFact f : IndicatorRulesTest.COHORT) {
            UUID tutor = tutors[n % 2];
            facts.add(new ApprenticeshipFact(f.id(), f.learnerName(), n < 4 ? "ST0116" : "ST0117", f.standardTitle(),
                    n < 6 ? 3 : 4, f.foundation(), tutor, "Tutor " + (n % 2), tutors[(n + 1) % 2],
                    "Employer " + (n + 1) % 2, f.dateOfBirth(), f.start(), f.plannedEnd(), f.status(),
                    f.learningEnded(), f.achieved(), f.withdrawn(), f.withdrawnFrom(), f.breaks(),
                    f.assessmentOrganisationRecorded(), f.plannedOtjHours(), f.minimumOtjHours(), f.unit()));
            n++;
        }
        return facts;
    }

    @Test
    void every_figure_kept_is_the_figure_the_rules_give_for_the_same_apprentices() {
        List<ApprenticeshipFact> facts = cohort();
        SnapshotCalculation.Result kept = SnapshotCalculation.of(facts, TODAY);

        assertThat(kept.years()).hasSize(AccountabilityReport.YEARS);
        int compared = 0;
        for (SnapshotCalculation.Group g : kept.groups()) {
            List<ApprenticeshipFact> members = g.breakdown().equals(SnapshotCalculation.PROVIDER) ? facts
                    : facts.stream().filter(f -> Dimension.valueOf(g.breakdown()).key(f).equals(g.key())).toList();
            for (Indicator i : Indicator.values()) {
                Figure expected = IndicatorRules.measure(i, members, g.year(), TODAY);
                Figure figure = g.figure(i);
                assertThat(List.of(figure.numerator(), figure.denominator(), figure.unknown()))
                        .as(g.year().words() + " " + g.breakdown() + " " + g.key() + " " + i)
                        .isEqualTo(List.of(expected.numerator(), expected.denominator(), expected.unknown()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(8 * 10);
        // the year the cohort was worked for by hand: 2 of the 4 leavers achieved
        SnapshotCalculation.Group provider = kept.groups().stream().filter(g -> g.year()
                .equals(IndicatorRulesTest.YEAR) && g.breakdown().equals(SnapshotCalculation.PROVIDER)).findFirst()
                .orElseThrow();
        assertThat(provider.figure(Indicator.ACHIEVEMENT).text()).isEqualTo("50%");
    }

    @Test
    void the_apprentices_marked_as_counted_are_exactly_those_each_figure_counts() {
        List<ApprenticeshipFact> facts = cohort();
        SnapshotCalculation.Result kept = SnapshotCalculation.of(facts, TODAY);
        Map<ApprenticeshipId, SnapshotCalculation.Member> members = kept.members().stream()
                .collect(Collectors.toMap(m -> m.fact().id(), m -> m));
        for (int y = 0; y < kept.years().size(); y++) {
            for (Indicator i : Indicator.values()) {
                Figure figure = IndicatorRules.measure(i, facts, kept.years().get(y), TODAY);
                long bit = SnapshotCalculation.bit(y, i);
                assertThat(members.values().stream().filter(m -> (m.counted() & bit) != 0).map(m -> m.fact().id()))
                        .containsExactlyInAnyOrderElementsOf(figure.counted().stream().map(c -> c.fact().id())
                                .toList());
                assertThat(members.values().stream().filter(m -> (m.inFigure() & bit) != 0).map(m -> m.fact().id()))
                        .containsExactlyInAnyOrderElementsOf(figure.counted().stream()
                                .filter(Figure.Counted::inNumerator).map(c -> c.fact().id()).toList());
            }
        }
        assertThat(kept.yearFigures().get(0).forecast()).as("the year still running has its forecast").isNotNull();
        assertThat(kept.yearFigures().get(1).forecast()).isNull();
    }

    @Test
    void a_kept_break_reads_back_as_it_was_written() {
        List<ApprenticeshipFact.Break> breaks = List.of(new ApprenticeshipFact.Break(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 2)), new ApprenticeshipFact.Break(LocalDate.of(2026, 6, 1), null));
        assertThat(SnapshotStore.breaks(SnapshotStore.breaks(breaks))).isEqualTo(breaks);
        assertThat(SnapshotStore.breaks("")).isEmpty();
    }

    private static Instant london(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, GovUkDates.LONDON).toInstant();
    }

    @Test
    void the_figures_are_out_of_date_once_a_scheduled_calculation_was_due_and_did_not_replace_them() {
        // Friday 4 December 2026, 5:10pm: the next calculation is due at 6pm, and takes up to half an hour
        TestClock clock = TestClock.stoppedAt(london(4, 17, 10));
        AccountabilitySnapshots snapshots = new AccountabilitySnapshots(null, null, null, clock, null, null,
                AccountabilitySnapshotJob.NIGHTLY, AccountabilitySnapshotJob.WORKING_HOURS);
        AccountabilitySnapshots.Kept fivePast = new AccountabilitySnapshots.Kept(UUID.randomUUID(), clock.instant(),
                LocalDate.of(2026, 12, 4), 10, 5, "Test");

        clock.moveBy(Duration.ofMinutes(79));
        assertThat(snapshots.overdueSince(fivePast, clock)).as("6:29pm").isEmpty();
        clock.moveBy(Duration.ofMinutes(2));
        assertThat(snapshots.overdueSince(fivePast, clock)).as("6:31pm").contains(london(4, 18, 0));

        // calculated after the last run of the working day: up to date until the night's calculation is overdue
        AccountabilitySnapshots.Kept evening = new AccountabilitySnapshots.Kept(UUID.randomUUID(), london(4, 18, 10),
                LocalDate.of(2026, 12, 4), 10, 5, "Test");
        clock.moveBy(Duration.between(clock.instant(), london(5, 2, 49)));
        assertThat(snapshots.overdueSince(evening, clock)).as("2:49am on Saturday").isEmpty();
        clock.moveBy(Duration.ofMinutes(2));
        assertThat(snapshots.overdueSince(evening, clock)).as("2:51am on Saturday").contains(london(5, 2, 20));

        // Saturday's nightly figures are current all weekend until Sunday night's calculation is due
        AccountabilitySnapshots.Kept saturday = new AccountabilitySnapshots.Kept(UUID.randomUUID(),
                london(5, 2, 21), LocalDate.of(2026, 12, 5), 10, 5, "Test");
        clock.moveBy(Duration.between(clock.instant(), london(5, 20, 0)));
        assertThat(snapshots.overdueSince(saturday, clock)).isEmpty();
    }
}
