package waypoint.otj.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.review.ReviewProgressSource;

/**
 * A progress review's off-the-job figures (the off-the-job hours expected and actual, and any slippage): the hours
 * approved since the last review, and the pace at the review's date — expected to date, approved, and the shortfall —
 * by the same arithmetic as the apprenticeship's hours page.
 */
@Component
class OffTheJobReviewProgress implements ReviewProgressSource {

    private final JdbcClient jdbc;
    private final PlanFacts planFacts;
    private final EntryStore store;
    private final Apprenticeships apprenticeships;

    OffTheJobReviewProgress(JdbcClient jdbc, PlanFacts planFacts, EntryStore store, Apprenticeships apprenticeships) {
        this.jdbc = jdbc;
        this.planFacts = planFacts;
        this.store = store;
        this.apprenticeships = apprenticeships;
    }

    @Override
    public List<ProgressLine> progress(ApprenticeshipSummary apprenticeship, LocalDate since, LocalDate until) {
        BigDecimal inPeriod = hours(jdbc.sql("""
                        SELECT coalesce(sum(minutes), 0) FROM otj_entry
                        WHERE apprenticeship_id = :id AND state = 'APPROVED'
                          AND activity_date >= :since AND activity_date <= :until""")
                .param("id", apprenticeship.id()).param("since", since).param("until", until)
                .query(Long.class).single());
        long approvedToDate = jdbc.sql("""
                        SELECT coalesce(sum(minutes), 0) FROM otj_entry
                        WHERE apprenticeship_id = :id AND state = 'APPROVED' AND activity_date <= :until""")
                .param("id", apprenticeship.id()).param("until", until).query(Long.class).single();
        PlanFacts.Facts facts = planFacts.of(apprenticeship.id());
        Pace pace = Pace.of(apprenticeship.startDate(), apprenticeship.plannedEndDate(),
                apprenticeships.breaksOf(apprenticeship.id()), until, facts.minimum(), facts.planned(),
                approvedToDate, 0, store.thresholds());
        BigDecimal slippage = pace.expectedToDateHours().subtract(pace.approvedHours()).max(BigDecimal.ZERO);
        String toDate = pace.plannedHours().map(planned -> plain(pace.approvedHours()) + " approved of "
                + plain(pace.expectedToDateHours()) + " expected by now (" + plain(planned) + " planned in all); "
                + (slippage.signum() == 0 ? "on pace" : plain(slippage) + " hours behind"))
                .orElse(plain(pace.approvedHours()) + " approved; the planned hours are not known yet, so neither"
                        + " are the hours expected by now");
        return List.of(
                new ProgressLine("Off-the-job hours since the last review", plain(inPeriod) + " hours approved"),
                new ProgressLine("Off-the-job hours to date", toDate + " — " + pace.status().words()));
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal hours) {
        return hours.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
