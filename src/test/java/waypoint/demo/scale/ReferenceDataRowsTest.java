package waypoint.demo.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.review.internal.ReviewSchedule;

/**
 * The reference data set's rows agree with the rules the application keeps (docs/performance.md, "The reference data
 * set"), worked out on 400 apprenticeships without a database: reviews fall due when the review module says, and
 * each apprenticeship has one still to be held; sessions come within the provider's 35 days; nothing happens after a
 * withdrawal or in the future. It fills no database (the test suite shares one).
 */
class ReferenceDataRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final int SIZE = 400;

    private final Population people = population();
    private final ScaleReviews reviews = new ScaleReviews(people, null, "ST0116 v1.1");
    private final ScaleActivity activity = new ScaleActivity(people, reviews);

    private static Population population() {
        Population people = Population.of(TODAY, SIZE, 10, 50, UUID.randomUUID(), UUID.randomUUID());
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SIZE; i++) {
            people.starts()[i] = TODAY.minusDays(300 + random.nextInt(400));
        }
        return people;
    }

    @Test
    void eachReviewFallsDueWhenTheReviewModuleSaysAndOnlyTheLastIsStillToBeHeld() {
        int overdue = 0;
        for (int a = 0; a < SIZE; a++) {
            List<ScaleReviews.Review> all = reviews.of(a);
            var cadence = ReviewSchedule.cadence(people.starts()[a], Optional.of(12));
            for (ScaleReviews.Review r : all) {
                assertThat(r.number()).isEqualTo(all.indexOf(r) + 1);
                LocalDate due = ReviewSchedule.due(cadence, r.anchor(), r.number() == 1, List.of()).orElseThrow()
                        .date();
                assertThat(r.due()).as("review %d of apprenticeship %d", r.number(), a).isEqualTo(due);
                boolean last = r.number() == all.size();
                assertThat(r.held()).isEqualTo(!last);
                if (r.held()) {
                    assertThat(r.heldOn()).isBefore(TODAY).isAfter(r.anchor()).isBeforeOrEqualTo(people.lastDay(a));
                    assertThat(r.nextInRecord()).isAfter(r.heldOn());
                } else {
                    assertThat(r.state()).isIn(Population.withdrawn(a) ? List.of("CANCELLED")
                            : List.of("DUE", "PLANNED"));
                    if (r.state().equals("PLANNED")) {
                        assertThat(r.due()).isAfterOrEqualTo(TODAY);
                    }
                    if (!Population.withdrawn(a) && r.due().isBefore(TODAY)) {
                        overdue++;
                    }
                }
            }
        }
        assertThat(overdue).as("a few overdue").isBetween(SIZE / 40, SIZE / 8);
    }

    @Test
    void sessionsAreRecordedInThePastWithinThirtyFiveDaysOfEachOtherUnlessOneWasCancelledAndTheNextIsScheduled() {
        for (int a = 0; a < SIZE; a++) {
            List<ScaleActivity.Session> sessions = activity.sessions(a);
            LocalDate before = people.starts()[a];
            boolean cancelledBetween = false;
            for (ScaleActivity.Session s : sessions) {
                if (s.state().equals("SCHEDULED")) {
                    assertThat(s.day()).isAfterOrEqualTo(TODAY);
                    assertThat(s).isEqualTo(sessions.get(sessions.size() - 1));
                } else {
                    assertThat(s.day()).isBefore(TODAY).isBeforeOrEqualTo(people.lastDay(a));
                }
                if (s.state().equals("CANCELLED")) {
                    cancelledBetween = true;
                } else {
                    // a cancelled session leaves a gap the cadence report shows
                    assertThat(ChronoUnit.DAYS.between(before, s.day())).isLessThanOrEqualTo(cancelledBetween ? 63 : 35);
                    before = s.day();
                    cancelledBetween = false;
                }
                assertThat(s.attendance() != null).isEqualTo(s.state().equals("RECORDED"));
            }
            assertThat(sessions.stream().anyMatch(s -> s.state().equals("SCHEDULED")))
                    .isEqualTo(!Population.withdrawn(a));
        }
    }

    @Test
    void messagesAreWrittenDuringLearningAndBeforeToday() {
        for (int a = 0; a < SIZE; a++) {
            for (ScaleActivity.MessageThread thread : activity.threads(a)) {
                assertThat(thread.day()).isAfter(people.starts()[a]);
                assertThat(thread.day().plusDays(1)).isBefore(TODAY).isBeforeOrEqualTo(people.lastDay(a));
                assertThat(thread.at(0)).isBefore(thread.at(1));
                assertThat(thread.at(1)).isBefore(thread.at(2));
            }
        }
    }

    @Test
    void aTenthOfTheApprenticesHaveHadASupportCaseAndNoneOfThemIsWithdrawn() {
        long withCase = java.util.stream.IntStream.range(0, SIZE).filter(a -> ScaleActivity.supportPattern(a) != 0)
                .peek(a -> assertThat(Population.withdrawn(a)).isFalse()).count();
        assertThat(withCase).isEqualTo(SIZE / 10);
    }

    @Test
    void aTextFieldIsQuotedSoItsCommasQuotesAndNewLinesStayInIt() {
        assertThat(Population.text(new StringBuilder(), "a, \"b\"\nc").toString()).isEqualTo("\"a, \"\"b\"\"\nc\"");
        assertThat(Population.text(new StringBuilder(), null).toString()).isEmpty();
    }
}
